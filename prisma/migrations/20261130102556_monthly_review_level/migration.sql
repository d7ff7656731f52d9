-- AlterTable
ALTER TABLE "MonthlyReport" ADD COLUMN     "reviewedLevel" "UnitLevel",
ADD COLUMN     "reviewedUnitId" UUID;

-- Reports reviewed before this migration: the reviewer's unit and its level, as known today.
UPDATE "MonthlyReport" r SET "reviewedUnitId" = u."unitId", "reviewedLevel" = un."level"
FROM "User" u JOIN "Unit" un ON un."id" = u."unitId"
WHERE r."reviewedById" = u."id" AND r."reviewedLevel" IS NULL;
