import "server-only";
import type { Tx } from "@/lib/db";
import type { Db } from "@/lib/prisma-client";

type Client = Tx | Db;
import { checkCapForApproval, countActiveUnits, maxSelectable } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";

/** Commune-level units of the province EXISTING on `day` (UTC-midnight DB day): validFrom ≤ day < validTo (seed 002 "hiện có"). */
export async function existingCommuneCount(client: Client, provinceId: string, day: Date): Promise<number> {
  const units = await client.unit.findMany({
    where: { provinceId, level: "COMMUNE" },
    select: { validFrom: true, validTo: true },
  });
  return countActiveUnits(
    units.map((u) => ({ validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null })),
    fromDbDay(day),
  );
}

/**
 * Communes on this year's list: before the decision, approved proposals (carry-overs included, they are
 * approved automatically); after it, communes SELECTED plus approved proposals waiting for an amendment.
 */
export async function listCount(client: Client, programmeId: string): Promise<number> {
  const [selected, pending] = await Promise.all([
    client.selection.count({ where: { programmeId, status: "SELECTED" } }),
    client.proposal.count({
      where: {
        programmeId,
        status: "APPROVED",
        NOT: {
          communeId: {
            in: (await client.selection.findMany({ where: { programmeId }, select: { communeId: true } })).map(
              (s) => s.communeId,
            ),
          },
        },
      },
    }),
  ]);
  return selected + pending;
}

export async function capStatus(
  client: Client,
  programme: { id: string; provinceId: string; capPercent: unknown },
  day: Date,
) {
  const [communes, count] = await Promise.all([
    existingCommuneCount(client, programme.provinceId, day),
    listCount(client, programme.id),
  ]);
  const capPercent = Number(programme.capPercent);
  return { communes, count, max: maxSelectable(capPercent, communes), capPercent };
}

/** Refuses (throws the domain's Vietnamese message) when adding `adding` communes would exceed the cap. */
export async function checkCap(
  client: Client,
  programme: { id: string; provinceId: string; capPercent: unknown },
  day: Date,
  adding: number,
  alreadySelected?: number,
) {
  const st = await capStatus(client, programme, day);
  return checkCapForApproval({
    capPercent: st.capPercent,
    communeCount: st.communes,
    alreadySelected: alreadySelected ?? st.count,
    adding,
  });
}

/** Serialises cap-checked changes of one programme (two approvals at once cannot both take the last place). */
export async function lockProgramme(tx: Tx, programmeId: string) {
  await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${programmeId}::uuid FOR UPDATE`;
}
