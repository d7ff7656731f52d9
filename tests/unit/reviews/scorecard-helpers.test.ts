import { describe, expect, it } from "vitest";
import { flattenFigures } from "../../../lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "../../../lib/server/scorecard/periods";
import { isOffTrack } from "../../../lib/server/reviews/is-off-track";

// Issue #5: the baseline comes from the proposal figures (grouped per criteria group, schema Proposal.figures);
// the interim review covers the six focus months (seed 001: from 01/03), the year-end the programme year.
describe("scorecard helpers (issue #5)", () => {
  it("flattens grouped and flat proposal figures, yes/no items as 1/0", () => {
    const f = flattenFigures({
      CRIMINAL: { HS_VU: 12, KQ_AN_KHAM_PHA: 9 },
      DRUGS: { MT_VU: 3 },
      K_TRANH_CHAP: { present: true, note: "x" },
      HS_TO_GIAC: 4,
    });
    expect(Object.fromEntries(f)).toEqual({ HS_VU: 12, KQ_AN_KHAM_PHA: 9, MT_VU: 3, K_TRANH_CHAP: 1, HS_TO_GIAC: 4 });
    expect(flattenFigures(null).size).toBe(0);
  });
  it("interim = six months from the focus start month (VN day of a DB date); year-end = the calendar year", () => {
    const p = { year: 2026, focusStart: new Date(Date.UTC(2026, 2, 1)) };
    expect(reviewPeriod(p, "INTERIM")).toEqual({ kind: "SIX_MONTHS", year: 2026, startMonth: 3 });
    expect(reviewPeriod(p, "YEAR_END")).toEqual({ kind: "YEAR", year: 2026 });
  });
  it("off track when the share achieved so far is below the pass threshold; exactly at it is on track", () => {
    expect(isOffTrack({ achievedShare: 79.9 }, 80)).toBe(true);
    expect(isOffTrack({ achievedShare: 80 }, 80)).toBe(false);
    expect(isOffTrack({ achievedShare: null }, 80)).toBe(true);
  });
});
