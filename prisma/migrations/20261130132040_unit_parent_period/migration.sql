-- CreateTable
CREATE TABLE "UnitParentPeriod" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "parentId" UUID NOT NULL,
    "parentLineage" UUID[],
    "validTo" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitParentPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitParentPeriod_unitId_validTo_idx" ON "UnitParentPeriod"("unitId", "validTo");

-- CreateIndex
CREATE INDEX "UnitParentPeriod_parentId_idx" ON "UnitParentPeriod"("parentId");

-- AddForeignKey
ALTER TABLE "UnitParentPeriod" ADD CONSTRAINT "UnitParentPeriod_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
