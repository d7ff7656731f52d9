import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkOutlier } from "@/lib/domain/outlier";
import { validateCount, validateRatioPair } from "@/lib/domain/indicator-math";
import { isEditable, transition, REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { formatDateTime } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { communeMonthContext } from "./context";
import { indicatorsForPeriod, isTyped, type IndicatorDef } from "./catalogue";
import { communeNumericHistory } from "./commune-history";
import { SaveMonthlySchema, type MonthlyValueInput, type SaveMonthlyInput } from "./schemas";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { appNow } from "@/lib/clock";

export const auditActor = (a: Actor) => ({ userId: a.userId, username: a.username, unitId: a.unitId });

type Stored = { num: number | null; bool: boolean | null; text: string | null; comment: string | null };
const EMPTY: Stored = { num: null, bool: null, text: null, comment: null };
const fieldKey = (indicatorId: string) => `values.${indicatorId}`;

export type SaveWarning = { indicatorId: string; code: string; message: string };
export type SaveResult = { reportId: string; version: number; status: string; warnings: SaveWarning[]; idempotent?: boolean };

/** Normalises one input row against its indicator's kind (a value of the wrong kind is dropped). */
function normalise(def: IndicatorDef, monthlyValueInput: MonthlyValueInput): Stored {
  const comment = monthlyValueInput.comment?.trim() ? monthlyValueInput.comment.trim() : null;
  if (def.kind === "COUNT") return { ...EMPTY, num: monthlyValueInput.num ?? null, comment };
  if (def.kind === "BOOLEAN") return { ...EMPTY, bool: monthlyValueInput.bool ?? null, comment };
  const text = monthlyValueInput.text?.normalize("NFC").trim();
  return { ...EMPTY, text: text ? text : null, comment };
}

const same = (a: Stored, b: Stored) => a.num === b.num && a.bool === b.bool && a.text === b.text && a.comment === b.comment;

/**
 * The rules of a month's figures over the final state (stored values overlaid by the input):
 * kinds, non-negative integers, numerator ≤ denominator, required before submit, outliers
 * (a warning that must be confirmed with a comment before submitting).
 */
export async function checkMonthlyValues(args: {
  communeId: string; year: number; month: number; submit: boolean;
  defs: Awaited<ReturnType<typeof indicatorsForPeriod>>; final: Map<string, Stored>; changed: Set<string>;
}) {
  const { defs, final, submit } = args;
  const errors: Record<string, string[]> = {};
  const add = (id: string, msg: string) => (errors[fieldKey(id)] ??= []).push(msg);
  for (const def of defs.list) {
    if (!isTyped(def)) continue;
    const finalValue = final.get(def.id) ?? EMPTY;
    if (def.kind === "COUNT") {
      const message = validateCount(finalValue.num, def.name, submit && def.isRequired);
      if (message) add(def.id, message.message);
    } else if (def.kind === "BOOLEAN" && submit && def.isRequired && finalValue.bool === null) {
      add(def.id, t(vi.monthly.required, { label: def.name }));
    } else if (def.kind === "TEXT" && submit && def.isRequired && finalValue.text === null) {
      add(def.id, t(vi.monthly.required, { label: def.name }));
    }
  }
  for (const definition of defs.list) {
    if (definition.kind !== "RATIO" || !definition.numeratorCode || !definition.denominatorCode) continue;
    const numerator = defs.byCode.get(definition.numeratorCode);
    const den = defs.byCode.get(definition.denominatorCode);
    if (!numerator || !den) continue;
    const issues = validateRatioPair({
      numerator: final.get(numerator.id)?.num ?? null, denominator: final.get(den.id)?.num ?? null,
      numeratorLabel: numerator.name, denominatorLabel: den.name,
    }).filter((m) => m.code === "NUMERATOR_EXCEEDS_DENOMINATOR");
    for (const issue of issues) add(numerator.id, issue.message);
  }
  // Outliers: only counts with a value; history = the commune's last 12 months.
  const warnings: SaveWarning[] = [];
  const counts = defs.list.filter((d) => d.kind === "COUNT" && (final.get(d.id)?.num ?? null) !== null);
  if (counts.length > 0) {
    const history = await communeNumericHistory(args.communeId, args.year, args.month, defs.codeOf);
    for (const count of counts) {
      const countValue = final.get(count.id)!;
      const outlier = checkOutlier(countValue.num, history.byCode.get(count.code) ?? [], {}, `“${count.name}”`);
      if (!outlier.isOutlier || !outlier.warning) continue;
      warnings.push({ indicatorId: count.id, code: outlier.warning.code, message: outlier.warning.message });
      if (submit && !countValue.comment) add(count.id, `${outlier.warning.message} ${vi.monthly.outlierConfirm}`);
    }
  }
  return { errors, warnings };
}

/** Writes the changed values and their history in ONE statement (old values read in the same snapshot). */
async function writeValues(tx: Tx, reportId: string, userId: string, rows: { indicatorId: string; v: Stored }[]) {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.indicatorId);
  const nums = rows.map((r) => r.v.num);
  const bools = rows.map((r) => r.v.bool);
  const texts = rows.map((r) => r.v.text);
  const comments = rows.map((r) => r.v.comment);
  return tx.$executeRaw(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${ids}::uuid[], ${nums}::int[], ${bools}::boolean[], ${texts}::text[], ${comments}::text[])
        AS t(indicator_id, num, bool, txt, cmt)
    ), old AS (
      SELECT v."id", v."indicatorId", v."numValue", v."boolValue", v."textValue", v."comment"
      FROM "MonthlyValue" v WHERE v."reportId" = ${reportId}::uuid
    ), up AS (
      INSERT INTO "MonthlyValue" ("id", "reportId", "indicatorId", "numValue", "boolValue", "textValue", "comment", "updatedAt", "updatedById")
      SELECT gen_random_uuid(), ${reportId}::uuid, i.indicator_id, i.num, i.bool, i.txt, i.cmt, now(), ${userId}::uuid FROM input i
      ON CONFLICT ("reportId", "indicatorId") DO UPDATE SET
        "numValue" = EXCLUDED."numValue", "boolValue" = EXCLUDED."boolValue", "textValue" = EXCLUDED."textValue",
        "comment" = EXCLUDED."comment", "updatedAt" = now(), "updatedById" = EXCLUDED."updatedById"
      WHERE ("MonthlyValue"."numValue", "MonthlyValue"."boolValue", "MonthlyValue"."textValue", "MonthlyValue"."comment")
        IS DISTINCT FROM (EXCLUDED."numValue", EXCLUDED."boolValue", EXCLUDED."textValue", EXCLUDED."comment")
      RETURNING "id", "indicatorId", "numValue", "boolValue", "textValue", "comment"
    )
    INSERT INTO "ValueHistory" ("valueId", "changedById", "changedAt", "oldValue", "newValue")
    SELECT up."id", ${userId}::uuid, now(),
      CASE WHEN old."id" IS NULL THEN NULL ELSE jsonb_build_object(
        'value', COALESCE(to_jsonb(old."numValue"), to_jsonb(old."boolValue"), to_jsonb(old."textValue")), 'comment', old."comment") END,
      jsonb_build_object('value', COALESCE(to_jsonb(up."numValue"), to_jsonb(up."boolValue"), to_jsonb(up."textValue")), 'comment', up."comment")
    FROM up LEFT JOIN old ON old."indicatorId" = up."indicatorId"`);
}

/**
 * What the other writer changed: for the "changed by someone else" message. `details.current` holds every
 * stored value of the report as it is now (indicator id, number/yes-no/text, comment), so a device that saved
 * offline can show its figures and the server's side by side and let the user choose (issue #17 §3).
 */
export async function describeOtherChange(reportId: string) {
  const report = await db.monthlyReport.findUnique({
    where: { id: reportId },
    select: { version: true, status: true, updatedAt: true, values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true } } },
  });
  const last = await db.valueHistory.findMany({
    where: { value: { reportId } },
    orderBy: { changedAt: "desc" },
    take: 10,
    select: { changedAt: true, changedById: true, oldValue: true, newValue: true, value: { select: { indicatorId: true } } },
  });
  const userIds = [...new Set(last.map((h) => h.changedById).filter((x): x is string => !!x))];
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true, fullName: true } })).map((u) => [u.id, u]));
  const latest = last[0];
  const who = latest?.changedById ? (users.get(latest.changedById)?.fullName ?? "người khác") : "người khác";
  return {
    who,
    at: latest?.changedAt ?? report?.updatedAt ?? new Date(),
    details: {
      version: report?.version,
      status: report?.status,
      current: (report?.values ?? []).map((v) => ({ indicatorId: v.indicatorId, num: v.numValue, bool: v.boolValue, text: v.textValue, comment: v.comment })),
      changes: last.map((h) => ({
        indicatorId: h.value.indicatorId,
        at: h.changedAt.toISOString(),
        by: h.changedById ? (users.get(h.changedById)?.username ?? null) : null,
        old: h.oldValue,
        new: h.newValue,
      })),
    },
  };
}

/** Save as draft (submit = false) or save and submit (submit = true) a commune's month. */
export async function saveMonthlyReport(actor: Actor, raw: SaveMonthlyInput, now = appNow()): Promise<SaveResult> {
  assertCan(actor, "monthly.enter");
  // Every path (form, API, Excel import) is validated here, so texts read from a workbook are NFC and free of
  // control characters too (issue #14 §4, #13 case 10).
  const input = parseInput(SaveMonthlySchema, raw);
  const { year, month } = input;
  const ctx = await communeMonthContext(actor, input.communeId, year, month, now);
  if (ctx.notExisting) throw validation(ctx.notExisting.message);
  const defs = await indicatorsForPeriod(ctx.provinceId, year, month);

  const existing = await db.monthlyReport.findUnique({
    where: { communeId_year_month: { communeId: ctx.commune.id, year, month } },
    select: { id: true, version: true, status: true, submittedById: true, values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true } } },
  });

  // A second click on "submit" with the same version: the first one already did it.
  if (existing && input.submit && existing.status === "SUBMITTED" && existing.version === input.version + 1 && existing.submittedById === actor.userId) {
    return { reportId: existing.id, version: existing.version, status: existing.status, warnings: [], idempotent: true };
  }
  if (existing && !isEditable(existing.status)) {
    throw validation(t(vi.monthly.notEditable, { status: REVIEW_STATUS_LABELS[existing.status] }));
  }
  if (!ctx.window.isOpen) throw validation(ctx.window.reason?.message ?? vi.monthly.windowClosed);

  const final = new Map<string, Stored>();
  for (const v of existing?.values ?? []) {
    if (defs.byId.has(v.indicatorId)) final.set(v.indicatorId, { num: v.numValue, bool: v.boolValue, text: v.textValue, comment: v.comment });
  }
  const stored = new Map(final);
  const changed = new Set<string>();
  const fieldErrors: Record<string, string[]> = {};
  for (const value of input.values) {
    const def = defs.byId.get(value.indicatorId);
    if (!def || !isTyped(def)) {
      (fieldErrors[fieldKey(value.indicatorId)] ??= []).push("Chỉ tiêu không nhập trực tiếp hoặc không áp dụng cho tháng này.");
      continue;
    }
    const next = normalise(def, value);
    if (!same(next, stored.get(def.id) ?? EMPTY)) changed.add(def.id);
    final.set(def.id, next);
  }
  const checked = await checkMonthlyValues({ communeId: ctx.commune.id, year, month, submit: input.submit, defs, final, changed });
  Object.assign(fieldErrors, checked.errors);
  if (Object.keys(fieldErrors).length > 0) {
    const outlierOnly = Object.values(fieldErrors).flat().every((m) => m.includes(vi.monthly.outlierConfirm));
    throw validation(outlierOnly ? vi.monthly.outlierNeedsComment : input.submit ? vi.monthly.incomplete : vi.errors.validation, fieldErrors);
  }

  const rows = [...changed].map((id) => ({ indicatorId: id, v: final.get(id)! }));
  const action = input.submit ? "SUBMIT" : "SAVE";
  const stale = async (reportId: string): Promise<never> => {
    const other = await describeOtherChange(reportId);
    throw conflict(t(vi.monthly.staleVersion, { who: other.who, at: formatDateTime(other.at) }), other.details);
  };

  const result = await db.$transaction(async (tx) => {
    let reportId: string;
    let status = existing?.status ?? "DRAFT";
    const step = transition(status, action);
    if (!step.ok) throw validation(step.message);
    const submitData = input.submit ? { submittedAt: now, submittedById: actor.userId } : {};
    if (!existing) {
      if (input.version !== 0) return { stale: true as const, reportId: null };
      const created = await tx.monthlyReport.createManyAndReturn({
        data: [{ communeId: ctx.commune.id, provinceId: ctx.provinceId, year, month, status: step.next, ...submitData }],
        skipDuplicates: true,
        select: { id: true },
      });
      if (created.length === 0) return { stale: true as const, reportId: null };
      reportId = created[0]!.id;
    } else {
      reportId = existing.id;
      const updated = await tx.monthlyReport.updateMany({
        where: { id: existing.id, version: input.version, status: { in: ["DRAFT", "RETURNED"] } },
        data: { status: step.next, version: { increment: 1 }, ...submitData },
      });
      if (updated.count === 0) return { stale: true as const, reportId };
    }
    status = step.next;
    await writeValues(tx, reportId, actor.userId, rows);
    const version = existing ? input.version + 1 : 1;
    await writeAudit(tx, auditActor(actor), {
      action: input.submit ? "monthly.submit" : "monthly.save",
      entity: "MonthlyReport", entityId: reportId, unitId: ctx.commune.id,
      after: { year, month, status, version, changed: rows.length },
    });
    return { stale: false as const, reportId, version, status };
  });
  if (result.stale) {
    const current = await db.monthlyReport.findUnique({
      where: { communeId_year_month: { communeId: ctx.commune.id, year, month } },
      select: { id: true, version: true, status: true, submittedById: true },
    });
    // Double submit racing the first one: report the first submission, create nothing.
    if (current && input.submit && current.status === "SUBMITTED" && current.submittedById === actor.userId && current.version === input.version + 1) {
      return { reportId: current.id, version: current.version, status: current.status, warnings: checked.warnings, idempotent: true };
    }
    return stale(current?.id ?? result.reportId ?? "");
  }
  return { reportId: result.reportId, version: result.version, status: result.status, warnings: checked.warnings };
}
