import "server-only";
import type { Scorecard } from "@/lib/server/scorecard/compute-scorecard";

/** Off track at mid-year (issue #5): the share of achieved indicators so far is below the pass threshold. */
export function isOffTrack(card: Pick<Scorecard, "achievedShare">, thresholdPercent: number): boolean {
  return card.achievedShare === null || card.achievedShare < thresholdPercent - 1e-9;
}
