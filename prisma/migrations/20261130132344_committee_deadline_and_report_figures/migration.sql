-- AlterTable
ALTER TABLE "YearlyReport" ADD COLUMN     "figures" JSONB;

-- CreateTable
CREATE TABLE "MinistryReportDeadline" (
    "year" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MinistryReportDeadline_pkey" PRIMARY KEY ("year")
);
