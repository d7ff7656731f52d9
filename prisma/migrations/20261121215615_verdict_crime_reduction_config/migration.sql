-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "crimeReductionCodes" TEXT[] DEFAULT ARRAY['HS_VU', 'MT_VU', 'KT_VU']::TEXT[],
ADD COLUMN     "crimeReductionMinPercent" DECIMAL(5,2) NOT NULL DEFAULT 0;
