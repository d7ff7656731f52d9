-- DropIndex
DROP INDEX "IndicatorTotal_unitId_year_month_idx";

-- CreateIndex
CREATE INDEX "IndicatorTotal_unitId_year_month_indicatorId_total_reports_idx" ON "IndicatorTotal"("unitId", "year", "month", "indicatorId", "total", "reports");

-- CreateIndex
CREATE INDEX "CommuneVerdict_amendsId_idx" ON "CommuneVerdict"("amendsId");
