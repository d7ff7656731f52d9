import "server-only";
import type { Actor } from "@/lib/authz/actor";
import type { Permission } from "@/lib/authz/permissions";
import { notFound, validation } from "@/lib/errors";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/docx-href";
import { withOverrides, type OfficialDocument } from "@/lib/documents/official-document";
import { documents as text } from "@/lib/i18n/vi/documents";
import { zodFieldErrors } from "@/lib/actions/define-action";
import { loadDecisionDocument, loadPlanDocument } from "./kinds/programme-documents";
import { loadDistrictMonthlyDocument, loadInterimDocument, loadYearEndDocument } from "./kinds/report-documents";
import { loadAwardListDocument, loadVerdictDocument } from "./kinds/review-documents";
import { DocumentOverridesSchema } from "@/lib/contracts/documents/document-overrides";

type Loader = { permission: Permission; load: (actor: Actor, q: URLSearchParams) => Promise<OfficialDocument> };
const id = (q: URLSearchParams) => q.get("id") ?? "";
const year = (urlSearchParams: URLSearchParams) => {
  const requested = Number(urlSearchParams.get("year"));
  if (!Number.isInteger(requested) || requested < 2000 || requested > 2100) throw notFound();
  return requested;
};

/**
 * Every document with a Word file, by kind: the permission its page needs and the loader the page uses (each
 * scoped to the actor's subtree: another unit's record is "not found"). Query: `id` (decision id, or selection id of
 * a plan or verdict), `year` (awards, reports), `unitId` and `month` (reports, as on their pages).
 */
export const DOCUMENT_LOADERS: Record<DocumentKind, Loader> = {
  decision: { permission: "programme.view", load: async (a, q) => (await loadDecisionDocument(a, id(q))).doc },
  plan: { permission: "programme.view", load: async (a, q) => (await loadPlanDocument(a, id(q))).doc },
  verdict: { permission: "kpi.view", load: async (a, q) => (await loadVerdictDocument(a, id(q))).doc },
  awards: { permission: "award.nominate", load: async (a, q) => (await loadAwardListDocument(a, year(q))).doc },
  interim: { permission: "report.view", load: async (a, q) => (await loadInterimDocument(a, q)).doc },
  "year-end": { permission: "report.view", load: async (a, q) => (await loadYearEndDocument(a, q)).doc },
  "district-monthly": {
    permission: "report.view",
    load: async (a, q) => (await loadDistrictMonthlyDocument(a, q)).doc,
  },
};

/** The kind named in a URL, or "not found". */
export function documentKind(value: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(value)) throw notFound();
  return value as DocumentKind;
}

const OVERRIDE_KEYS = ["number", "place", "signerAuthority", "signerTitle", "signerName", "recipients"] as const;

/**
 * A document for its Word download: loaded by kind for the actor, then changed by the overrides in the query
 * (`number`, `place`, `signerAuthority`, `signerTitle`, `signerName`, `recipients` one per line), validated with
 * `DocumentOverridesSchema`; invalid overrides → a VALIDATION error (400), nothing generated.
 */
export async function loadDocumentForDownload(
  actor: Actor,
  kind: DocumentKind,
  urlSearchParams: URLSearchParams,
): Promise<OfficialDocument> {
  const raw = Object.fromEntries(
    OVERRIDE_KEYS.filter((k) => urlSearchParams.has(k)).map((k) => [k, urlSearchParams.get(k)!]),
  );
  const parsed = DocumentOverridesSchema.safeParse(raw);
  if (!parsed.success) throw validation(text.badOverride, zodFieldErrors(parsed.error));
  return withOverrides(await DOCUMENT_LOADERS[kind].load(actor, urlSearchParams), parsed.data);
}
