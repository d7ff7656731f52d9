import "server-only";
import { db, type Tx } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isEditable, transition, REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { formatDateTime } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { communeMonthContext } from "./context";
import { indicatorsForPeriod, isTyped } from "./catalogue";
import { wrongKindValue } from "@/lib/domain/value-kind";
import { SaveMonthlySchema, type SaveMonthlyInput } from "@/lib/contracts/monthly/save-monthly-report";
import type { SaveResult } from "@/lib/contracts/monthly/review-fields";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { appNow } from "@/lib/clock";
import { type Stored, EMPTY, fieldKey, normalise, same } from "./stored-value";
import { checkMonthlyValues } from "./check-monthly-values";
import { describeOtherChange } from "./describe-other-change";

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
    select: {
      id: true,
      version: true,
      status: true,
      submittedById: true,
      values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true } },
    },
  });

  // A second click on "submit" with the same version: the first one already did it.
  if (
    existing &&
    input.submit &&
    existing.status === "SUBMITTED" &&
    existing.version === input.version + 1 &&
    existing.submittedById === actor.userId
  ) {
    return {
      reportId: existing.id,
      version: existing.version,
      status: existing.status,
      warnings: [],
      idempotent: true,
    };
  }
  if (existing && !isEditable(existing.status)) {
    throw validation(t(vi.monthly.notEditable, { status: REVIEW_STATUS_LABELS[existing.status] }));
  }
  if (!ctx.window.isOpen) throw validation(ctx.window.reason?.message ?? vi.monthly.windowClosed);

  const final = new Map<string, Stored>();
  for (const v of existing?.values ?? []) {
    if (defs.byId.has(v.indicatorId))
      final.set(v.indicatorId, { num: v.numValue, bool: v.boolValue, text: v.textValue, comment: v.comment });
  }
  const stored = new Map(final);
  const changed = new Set<string>();
  const fieldErrors: Record<string, string[]> = {};
  for (const value of input.values) {
    const def = defs.byId.get(value.indicatorId);
    if (!def || !isTyped(def)) {
      (fieldErrors[fieldKey(value.indicatorId)] ??= []).push(
        "Chỉ tiêu không nhập trực tiếp hoặc không áp dụng cho tháng này.",
      );
      continue;
    }
    const wrongKind = wrongKindValue(def.kind, def.name, value);
    if (wrongKind) {
      (fieldErrors[fieldKey(value.indicatorId)] ??= []).push(wrongKind.message);
      continue;
    }
    const next = normalise(def, value);
    if (!same(next, stored.get(def.id) ?? EMPTY)) changed.add(def.id);
    final.set(def.id, next);
  }
  const checked = await checkMonthlyValues({
    communeId: ctx.commune.id,
    year,
    month,
    submit: input.submit,
    defs,
    final,
    changed,
  });
  Object.assign(fieldErrors, checked.errors);
  if (Object.keys(fieldErrors).length > 0) {
    const outlierOnly = Object.values(fieldErrors)
      .flat()
      .every((m) => m.includes(vi.monthly.outlierConfirm));
    throw validation(
      outlierOnly ? vi.monthly.outlierNeedsComment : input.submit ? vi.monthly.incomplete : vi.errors.validation,
      fieldErrors,
    );
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
        data: [
          { communeId: ctx.commune.id, provinceId: ctx.provinceId, year, month, status: step.next, ...submitData },
        ],
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
      entity: "MonthlyReport",
      entityId: reportId,
      unitId: ctx.commune.id,
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
    if (
      current &&
      input.submit &&
      current.status === "SUBMITTED" &&
      current.submittedById === actor.userId &&
      current.version === input.version + 1
    ) {
      return {
        reportId: current.id,
        version: current.version,
        status: current.status,
        warnings: checked.warnings,
        idempotent: true,
      };
    }
    return stale(current?.id ?? result.reportId ?? "");
  }
  return { reportId: result.reportId, version: result.version, status: result.status, warnings: checked.warnings };
}
