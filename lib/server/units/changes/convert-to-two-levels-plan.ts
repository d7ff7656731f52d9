import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { formatVnDate, fromDbDay } from "@/lib/domain/vn-date";
import { changeImpact } from "./impact";
import type { ConvertProvinceSchema } from "@/lib/contracts/unit-changes/convert-to-two-levels";
import { requireExistingOn, unitsInScope } from "./units";

/** Units existing on `day` (a DB day): validFrom ≤ day < validTo (lib/domain/selection-cap.ts isUnitActiveOn). */
const existingOn = (day: Date) => ({ validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] });

/** The checked plan: the province, its districts existing on the day, the communes existing under them. */
export async function planConversion(tx: Tx, actor: Actor, input: ReturnType<typeof ConvertProvinceSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [province] = await unitsInScope(tx, actor, [input.provinceId]);
  if (province!.level !== "PROVINCE") throw validation(text.notProvince);
  requireExistingOn(province!, day);
  const districts = await tx.unit.findMany({
    where: { parentId: province!.id, level: "DISTRICT", ...existingOn(day) },
    select: { id: true, code: true, name: true, lineage: true },
    orderBy: { code: "asc" },
  });
  if (districts.length === 0) throw validation(t(text.notThreeLevel, { date: formatVnDate(fromDbDay(day)) }));
  const communes = await tx.unit.findMany({
    where: { parentId: { in: districts.map((d) => d.id) }, ...existingOn(day) },
    select: { id: true, code: true, name: true, parentId: true },
  });
  const successorOf = new Map(districts.map((d) => [d.id, province!.id]));
  const [impact, districtReports, proposals] = await Promise.all([
    changeImpact(
      tx,
      districts.map((d) => d.id),
      successorOf,
      day,
    ),
    tx.districtReport.findMany({
      where: { unitId: { in: districts.map((d) => d.id) }, status: { not: "ACCEPTED" } },
      select: { id: true, year: true, month: true, status: true },
    }),
    tx.proposal.count({
      where: { proposedByUnitId: { in: districts.map((d) => d.id) }, status: { in: ["DRAFT", "SUBMITTED"] } },
    }),
  ]);
  return {
    day,
    province: province!,
    districts,
    communes,
    successorOf,
    impact,
    districtReports,
    openProposals: proposals,
  };
}
