-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('QUOC_GIA', 'TINH', 'THANH_PHO_TW', 'HUYEN', 'THI_XA', 'THANH_PHO', 'QUAN', 'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PROVINCE_SECRETARIAT', 'PROVINCE_LEADER', 'DISTRICT_COMMITTEE', 'COMMUNE_POLICE');

-- CreateEnum
CREATE TYPE "HotspotType" AS ENUM ('TYPE_1', 'TYPE_2', 'TYPE_3', 'TYPE_4');

-- CreateEnum
CREATE TYPE "CriteriaGroup" AS ENUM ('CRIMINAL', 'DRUGS', 'ECONOMY_ENVIRONMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProposalSource" AS ENUM ('DISTRICT', 'PROVINCE', 'CARRY_OVER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ORIGINAL', 'AMENDMENT');

-- CreateEnum
CREATE TYPE "SelectionStatus" AS ENUM ('SELECTED', 'REMOVED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('COUNT', 'BOOLEAN', 'RATIO', 'TEXT');

-- CreateEnum
CREATE TYPE "TargetComparator" AS ENUM ('GTE', 'LTE', 'EQ');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "parentId" UUID,
    "lineage" UUID[],
    "provinceId" UUID,
    "committeeName" TEXT,
    "validFrom" DATE NOT NULL DEFAULT '1976-07-02'::date,
    "validTo" DATE,
    "newRuralYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" UUID NOT NULL,
    "fromUnitId" UUID NOT NULL,
    "toUnitId" UUID NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" UUID NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorUsername" TEXT,
    "unitId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "planNumber" TEXT NOT NULL,
    "planDate" DATE NOT NULL,
    "capPercent" DECIMAL(5,2) NOT NULL DEFAULT 15,
    "passThresholdPercent" DECIMAL(5,2) NOT NULL DEFAULT 80,
    "entryDeadlineDay" INTEGER NOT NULL DEFAULT 5,
    "relapseWatchMonths" INTEGER NOT NULL DEFAULT 6,
    "approverTitle" TEXT NOT NULL DEFAULT 'Trưởng Ban Chỉ đạo',
    "proposalDeadline" DATE NOT NULL,
    "approvalDate" DATE NOT NULL,
    "planDeadline" DATE NOT NULL,
    "focusStart" DATE NOT NULL,
    "focusEnd" DATE NOT NULL,
    "peakStart" DATE NOT NULL,
    "peakEnd" DATE NOT NULL,
    "interimReviewDate" DATE NOT NULL,
    "yearEndReviewDeadline" DATE NOT NULL,
    "reportDeadline" DATE NOT NULL,
    "verdictDeadline" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "proposedByUnitId" UUID NOT NULL,
    "source" "ProposalSource" NOT NULL DEFAULT 'DISTRICT',
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "hotspotTypes" "HotspotType"[],
    "figures" JSONB NOT NULL DEFAULT '{}',
    "otherItems" JSONB NOT NULL DEFAULT '{}',
    "justification" TEXT NOT NULL DEFAULT '',
    "decisionReason" TEXT,
    "carryOverReasons" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "ownerType" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelectionDecision" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "kind" "DecisionKind" NOT NULL DEFAULT 'ORIGINAL',
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "note" TEXT,
    "issuedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelectionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Selection" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "proposalId" UUID,
    "decisionId" UUID NOT NULL,
    "hotspotTypes" "HotspotType"[],
    "status" "SelectionStatus" NOT NULL DEFAULT 'SELECTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Selection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "selectionId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "measures" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "area" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "assignee" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "evidence" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "group" "CriteriaGroup" NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "unitLabel" TEXT NOT NULL DEFAULT '',
    "lowerIsBetter" BOOLEAN NOT NULL DEFAULT false,
    "targetComparator" "TargetComparator",
    "targetValue" DECIMAL(12,2),
    "numeratorId" UUID,
    "denominatorId" UUID,
    "isSelectionCriterion" BOOLEAN NOT NULL DEFAULT false,
    "isResultIndicator" BOOLEAN NOT NULL DEFAULT false,
    "isRequired" BOOLEAN NOT NULL DEFAULT true,
    "validFromPeriod" INTEGER NOT NULL DEFAULT 190001,
    "validToPeriod" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyValue" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "numValue" INTEGER,
    "boolValue" BOOLEAN,
    "textValue" TEXT,
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "MonthlyValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueHistory" (
    "id" BIGSERIAL NOT NULL,
    "valueId" UUID NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "oldValue" JSONB,
    "newValue" JSONB,

    CONSTRAINT "ValueHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictReport" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "narrative" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DistrictReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryUnlock" (
    "id" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" UUID NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntryUnlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_lineage_idx" ON "Unit" USING GIN ("lineage");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_provinceId_level_idx" ON "Unit"("provinceId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_fromUnitId_toUnitId_key" ON "UnitSuccession"("fromUnitId", "toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_unitId_at_idx" ON "AuditLog"("unitId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_provinceId_year_key" ON "Programme"("provinceId", "year");

-- CreateIndex
CREATE INDEX "Proposal_communeId_idx" ON "Proposal"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_programmeId_communeId_key" ON "Proposal"("programmeId", "communeId");

-- CreateIndex
CREATE INDEX "Attachment_ownerType_ownerId_idx" ON "Attachment"("ownerType", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "SelectionDecision_programmeId_number_key" ON "SelectionDecision"("programmeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Selection_proposalId_key" ON "Selection"("proposalId");

-- CreateIndex
CREATE INDEX "Selection_communeId_idx" ON "Selection"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Selection_programmeId_communeId_key" ON "Selection"("programmeId", "communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_selectionId_key" ON "Plan"("selectionId");

-- CreateIndex
CREATE INDEX "PlanTask_planId_idx" ON "PlanTask"("planId");

-- CreateIndex
CREATE INDEX "Indicator_provinceId_idx" ON "Indicator"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_provinceId_code_validFromPeriod_key" ON "Indicator"("provinceId", "code", "validFromPeriod");

-- CreateIndex
CREATE INDEX "MonthlyReport_provinceId_year_month_idx" ON "MonthlyReport"("provinceId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_communeId_year_month_key" ON "MonthlyReport"("communeId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyValue_reportId_indicatorId_key" ON "MonthlyValue"("reportId", "indicatorId");

-- CreateIndex
CREATE INDEX "ValueHistory_valueId_idx" ON "ValueHistory"("valueId");

-- CreateIndex
CREATE INDEX "DistrictReport_provinceId_year_month_idx" ON "DistrictReport"("provinceId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictReport_unitId_year_month_key" ON "DistrictReport"("unitId", "year", "month");

-- CreateIndex
CREATE INDEX "EntryUnlock_communeId_year_month_idx" ON "EntryUnlock"("communeId", "year", "month");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelectionDecision" ADD CONSTRAINT "SelectionDecision_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Selection" ADD CONSTRAINT "Selection_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "SelectionDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_selectionId_fkey" FOREIGN KEY ("selectionId") REFERENCES "Selection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyValue" ADD CONSTRAINT "MonthlyValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonthlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueHistory" ADD CONSTRAINT "ValueHistory_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "MonthlyValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictReport" ADD CONSTRAINT "DistrictReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────
-- HAND-WRITTEN (not generated from schema.prisma, which cannot express it):
-- "AuditLog" is append-only. The database itself refuses UPDATE and DELETE
-- (row triggers) and TRUNCATE (statement trigger), whoever the client is.
-- The drift check (scripts/db/check-drift.ts) ignores triggers and functions.
-- Note: deleting a "Unit" referenced by audit rows is refused too, because the
-- foreign key's ON DELETE SET NULL is an UPDATE of "AuditLog".
-- ─────────────────────────────────────────────────────────────────────────────

-- CreateFunction
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only (% on "AuditLog" refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "AuditLog_no_update_or_delete"
    BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

-- CreateTrigger
CREATE TRIGGER "AuditLog_no_truncate"
    BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
