import "server-only";
import { db } from "@/lib/db";
import type { HotspotType } from "@/lib/domain/types";

/** Hotspot types, reviews and verdicts of the given selections, for the interim and year-end reports. */
export async function selectionDetails(selectionIds: string[]) {
  if (selectionIds.length === 0)
    return {
      hotspots: new Map<string, HotspotType[]>(),
      reviews: [] as {
        selectionId: string;
        kind: string;
        status: string;
        shortcomings: string;
        results: string;
        offTrack: boolean;
      }[],
      verdicts: [] as {
        selectionId: string;
        verdict: string | null;
        recommendation: string;
        decisionNumber: string | null;
        decisionDate: Date | null;
        isOverride: boolean;
        stage: string;
      }[],
    };
  const [sel, reviews, verdicts] = await Promise.all([
    db.selection.findMany({ where: { id: { in: selectionIds } }, select: { id: true, hotspotTypes: true } }),
    db.communeReview.findMany({
      where: { selectionId: { in: selectionIds } },
      select: { selectionId: true, kind: true, status: true, shortcomings: true, results: true, offTrack: true },
    }),
    db.communeVerdict.findMany({
      where: { selectionId: { in: selectionIds } },
      select: {
        selectionId: true,
        verdict: true,
        recommendation: true,
        decisionNumber: true,
        decisionDate: true,
        isOverride: true,
        stage: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { hotspots: new Map(sel.map((s) => [s.id, s.hotspotTypes as HotspotType[]])), reviews, verdicts };
}
