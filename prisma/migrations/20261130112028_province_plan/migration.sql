-- AlterTable
ALTER TABLE "PlanTask" ADD COLUMN     "provincePlanId" UUID,
ALTER COLUMN "planId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ProvincePlan" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProvincePlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProvincePlan_provinceId_year_key" ON "ProvincePlan"("provinceId", "year");

-- CreateIndex
CREATE INDEX "PlanTask_provincePlanId_idx" ON "PlanTask"("provincePlanId");

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_provincePlanId_fkey" FOREIGN KEY ("provincePlanId") REFERENCES "ProvincePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvincePlan" ADD CONSTRAINT "ProvincePlan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
