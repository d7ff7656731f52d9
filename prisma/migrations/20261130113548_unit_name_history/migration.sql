-- CreateTable
CREATE TABLE "UnitName" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitName_unitId_validTo_idx" ON "UnitName"("unitId", "validTo");

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
