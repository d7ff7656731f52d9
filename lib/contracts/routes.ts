import type { ApiContract } from "@/lib/contracts/define-contract";
import { getDashboardHomeContract } from "@/lib/contracts/api/get-dashboard-home";
import { getDashboardMapContract } from "@/lib/contracts/api/get-dashboard-map";
import { getDashboardRankingContract } from "@/lib/contracts/api/get-dashboard-ranking";
import { getDashboardTrendsContract } from "@/lib/contracts/api/get-dashboard-trends";
import { getMeContract } from "@/lib/contracts/api/get-me";
import { getMonthlyReportContract } from "@/lib/contracts/api/get-monthly-report";
import { getOpenApiContract } from "@/lib/contracts/api/get-openapi";
import { getUnitContract } from "@/lib/contracts/api/get-unit";
import { getUnitFiguresContract } from "@/lib/contracts/api/get-unit-figures";
import { listIndicatorsContract } from "@/lib/contracts/api/list-indicators";
import { listMonthlyReportsContract } from "@/lib/contracts/api/list-monthly-reports";
import { listSelectionsContract } from "@/lib/contracts/api/list-selections";
import { listUnitsContract } from "@/lib/contracts/api/list-units";
import { listVerdictsContract } from "@/lib/contracts/api/list-verdicts";
import { saveMonthlyReportApiContract } from "@/lib/contracts/api/save-monthly-report";
import { downloadTaskAttachmentContract } from "@/lib/contracts/committee/download-task-attachment";
import { uploadTaskAttachmentContract } from "@/lib/contracts/committee/upload-task-attachment";
import { downloadDocxContract } from "@/lib/contracts/documents/download-docx";
import { downloadDecisionWorkbookContract } from "@/lib/contracts/programme/download-decision-workbook";
import { downloadProposalAttachmentContract } from "@/lib/contracts/programme/download-proposal-attachment";
import { uploadProposalAttachmentContract } from "@/lib/contracts/programme/upload-proposal-attachment";
import { downloadReviewAttachmentContract } from "@/lib/contracts/reviews/download-review-attachment";
import { uploadReviewAttachmentContract } from "@/lib/contracts/reviews/upload-review-attachment";
import { checkHealthContract } from "@/lib/contracts/system/check-health";

/**
 * Every route handler's contract (app/api/**\/route.ts, except next-auth's and the catch-all 404). The OpenAPI
 * document is generated from the "bearer" ones (the public data API); tests/unit/contracts/route-contracts.test.ts
 * fails when a route file on disk has no contract here, or a contract no route file.
 */
export const ROUTE_CONTRACTS: readonly ApiContract[] = [
  getMeContract,
  listUnitsContract,
  getUnitContract,
  getUnitFiguresContract,
  listIndicatorsContract,
  listMonthlyReportsContract,
  saveMonthlyReportApiContract,
  getMonthlyReportContract,
  listSelectionsContract,
  listVerdictsContract,
  getDashboardHomeContract,
  getDashboardTrendsContract,
  getDashboardRankingContract,
  getDashboardMapContract,
  getOpenApiContract,
  checkHealthContract,
  uploadProposalAttachmentContract,
  downloadProposalAttachmentContract,
  downloadDecisionWorkbookContract,
  uploadReviewAttachmentContract,
  downloadReviewAttachmentContract,
  uploadTaskAttachmentContract,
  downloadTaskAttachmentContract,
  downloadDocxContract,
];
