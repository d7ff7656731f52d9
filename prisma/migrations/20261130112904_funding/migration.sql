-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('PROVINCE_BUDGET', 'LOCAL_BUDGET', 'OTHER_LAWFUL');

-- CreateTable
CREATE TABLE "Funding" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "source" "FundingSource" NOT NULL,
    "planned" BIGINT NOT NULL DEFAULT 0,
    "spent" BIGINT NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Funding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Funding_communeId_idx" ON "Funding"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Funding_programmeId_communeId_source_key" ON "Funding"("programmeId", "communeId", "source");

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Funding" ADD CONSTRAINT "Funding_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
