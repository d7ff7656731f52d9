-- CreateEnum
CREATE TYPE "ProvinceReportStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'RECEIVED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'MINISTRY_OFFICE';

-- CreateTable
CREATE TABLE "ProvinceReport" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "results" TEXT NOT NULL,
    "difficulties" TEXT NOT NULL,
    "proposals" TEXT NOT NULL,
    "kpis" JSONB NOT NULL,
    "funding" JSONB NOT NULL,
    "status" "ProvinceReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProvinceReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceReport_programmeId_key" ON "ProvinceReport"("programmeId");

-- AddForeignKey
ALTER TABLE "ProvinceReport" ADD CONSTRAINT "ProvinceReport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
