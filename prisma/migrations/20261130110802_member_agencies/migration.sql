-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('DEPARTMENT', 'MASS_ORGANISATION', 'JUDICIAL');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'AGENCY_MEMBER';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "agencyId" UUID;

-- AlterTable
ALTER TABLE "PlanTask" ADD COLUMN     "agencyId" UUID;

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Agency_provinceId_idx" ON "Agency"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_provinceId_name_key" ON "Agency"("provinceId", "name");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "PlanTask_agencyId_idx" ON "PlanTask"("agencyId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
