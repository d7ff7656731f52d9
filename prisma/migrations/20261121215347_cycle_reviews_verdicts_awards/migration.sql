-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('INTERIM', 'YEAR_END');

-- CreateEnum
CREATE TYPE "VerdictStage" AS ENUM ('DISTRICT_PROPOSED', 'SECRETARIAT_PROPOSED', 'ISSUED');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('PASSED', 'NOT_PASSED');

-- CreateEnum
CREATE TYPE "NomineeKind" AS ENUM ('COLLECTIVE', 'INDIVIDUAL');

-- CreateTable
CREATE TABLE "IndicatorTotal" (
    "unitId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "total" BIGINT NOT NULL DEFAULT 0,
    "reports" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorTotal_pkey" PRIMARY KEY ("unitId","indicatorId","year","month")
);

-- CreateTable
CREATE TABLE "CommuneReview" (
    "id" UUID NOT NULL,
    "selectionId" UUID NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "scorecard" JSONB NOT NULL DEFAULT '[]',
    "results" TEXT NOT NULL DEFAULT '',
    "shortcomings" TEXT NOT NULL DEFAULT '',
    "nextMeasures" TEXT NOT NULL DEFAULT '',
    "newComplexity" BOOLEAN,
    "meetingDate" DATE,
    "offTrack" BOOLEAN NOT NULL DEFAULT false,
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CommuneReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommuneVerdict" (
    "id" UUID NOT NULL,
    "selectionId" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "stage" "VerdictStage" NOT NULL,
    "districtProposal" "Verdict",
    "secretariatProposal" "Verdict",
    "verdict" "Verdict",
    "recommendation" "Verdict" NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "isOverride" BOOLEAN NOT NULL DEFAULT false,
    "justification" TEXT,
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "amendsId" UUID,
    "issuedById" UUID,
    "issuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CommuneVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelapseRecord" (
    "id" UUID NOT NULL,
    "communeId" UUID NOT NULL,
    "verdictId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelapseRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictCriterion" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hotspotType" "HotspotType",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "VerdictCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionAnswer" (
    "id" UUID NOT NULL,
    "selectionId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "met" BOOLEAN,
    "note" TEXT,

    CONSTRAINT "CriterionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationRound" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "collectiveQuota" INTEGER NOT NULL DEFAULT 3,
    "individualQuota" INTEGER NOT NULL DEFAULT 6,
    "leaderMaxPercent" INTEGER NOT NULL DEFAULT 40,
    "priorityNotes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmulationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "nominatingUnitId" UUID NOT NULL,
    "kind" "NomineeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "achievements" TEXT NOT NULL DEFAULT '',
    "files" TEXT[],
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorTotal_unitId_year_month_idx" ON "IndicatorTotal"("unitId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "CommuneReview_selectionId_kind_key" ON "CommuneReview"("selectionId", "kind");

-- CreateIndex
CREATE INDEX "CommuneVerdict_selectionId_idx" ON "CommuneVerdict"("selectionId");

-- CreateIndex
CREATE INDEX "CommuneVerdict_communeId_year_idx" ON "CommuneVerdict"("communeId", "year");

-- CreateIndex
CREATE INDEX "RelapseRecord_communeId_idx" ON "RelapseRecord"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "VerdictCriterion_provinceId_code_key" ON "VerdictCriterion"("provinceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionAnswer_selectionId_criterionId_key" ON "CriterionAnswer"("selectionId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationRound_provinceId_year_key" ON "EmulationRound"("provinceId", "year");

-- CreateIndex
CREATE INDEX "Nomination_roundId_idx" ON "Nomination"("roundId");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EmulationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
