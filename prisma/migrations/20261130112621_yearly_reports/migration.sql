-- CreateEnum
CREATE TYPE "YearlyReportStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "YearlyReport" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "agencyId" UUID,
    "unitId" UUID,
    "narrative" TEXT NOT NULL,
    "taskOutcomes" JSONB NOT NULL DEFAULT '[]',
    "status" "YearlyReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "decidedLevel" "UnitLevel",
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "YearlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReport_programmeId_agencyId_key" ON "YearlyReport"("programmeId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReport_programmeId_unitId_key" ON "YearlyReport"("programmeId", "unitId");

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
