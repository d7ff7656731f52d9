// Recommendation of the verdict for one commune (domain.md §5).
// seed 002 mục II.3: "Địa bàn đạt 80% các chỉ tiêu của Kế hoạch trở lên, trong đó giảm cơ bản tội phạm
// và tệ nạn xã hội, không để phức tạp nổi lên về trật tự an toàn xã hội."
// seed 001 giai đoạn 3: "phải đảm bảo đạt đủ tiêu chí chung và tiêu chí cụ thể với loại địa bàn".
// The product only recommends; the committee decides (an override needs a written reason).
import type { HotspotType, Verdict } from "./types";
import { HOTSPOT_TYPE_LABELS } from "./types";
import { formatPercentVi } from "./format-vi";
import { PERCENT_EPSILON } from "./indicator-math";

/** seed 002: 80%. */
export const DEFAULT_PASS_THRESHOLD_PERCENT = 80;

export interface IndicatorOutcome {
  code: string;
  name: string;
  /** Target as shown to people, e.g. "≥ 80%". */
  target?: string | number;
  /** null = data missing. */
  achieved: boolean | null;
}

export interface CriterionOutcome {
  code: string;
  name: string;
  /** null = not assessed. */
  met: boolean | null;
}

export interface TypeCriterionOutcome extends CriterionOutcome {
  type: HotspotType;
}

export interface RecommendationInput {
  indicators: readonly IndicatorOutcome[];
  thresholdPercent?: number;
  crimeDecreased: boolean | null;
  newComplexityEmerged: boolean | null;
  generalCriteria: readonly CriterionOutcome[];
  typeCriteria: readonly TypeCriterionOutcome[];
  hotspotTypes: readonly HotspotType[];
}

export interface RecommendationReason {
  code: string;
  message: string;
  ok: boolean;
  /** true when ok = false on its own makes the recommendation NOT_PASSED (single indicators do not). */
  blocking: boolean;
  /** Code of the indicator or criterion concerned. */
  ref?: string;
}

export interface Recommendation {
  recommendation: Verdict;
  /** Achieved indicators in percent of all indicators; null when the plan has none. */
  achievedShare: number | null;
  achievedCount: number;
  totalCount: number;
  reasons: RecommendationReason[];
}

function criterionReason(criterionOutcome: CriterionOutcome, prefix: string): RecommendationReason {
  if (criterionOutcome.met === true)
    return {
      code: "CRITERION_MET",
      ref: criterionOutcome.code,
      ok: true,
      blocking: true,
      message: `${prefix}“${criterionOutcome.name}”: đạt.`,
    };
  if (criterionOutcome.met === false)
    return {
      code: "CRITERION_NOT_MET",
      ref: criterionOutcome.code,
      ok: false,
      blocking: true,
      message: `${prefix}“${criterionOutcome.name}”: chưa đạt.`,
    };
  return {
    code: "CRITERION_NOT_ASSESSED",
    ref: criterionOutcome.code,
    ok: false,
    blocking: true,
    message: `${prefix}“${criterionOutcome.name}”: chưa được đánh giá, tính là chưa đạt.`,
  };
}

export function computeRecommendation(input: RecommendationInput): Recommendation {
  const threshold = input.thresholdPercent ?? DEFAULT_PASS_THRESHOLD_PERCENT;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 100) {
    throw new RangeError(`thresholdPercent must be within (0, 100], got ${threshold}`);
  }
  const reasons: RecommendationReason[] = [];

  // 1. Indicators, one reason each; missing data counts as not achieved.
  for (const ind of input.indicators) {
    const target = ind.target !== undefined ? ` (chỉ tiêu ${ind.target})` : "";
    if (ind.achieved === true) {
      reasons.push({
        code: "INDICATOR_ACHIEVED",
        ref: ind.code,
        ok: true,
        blocking: false,
        message: `Chỉ tiêu “${ind.name}”${target}: đạt.`,
      });
    } else if (ind.achieved === false) {
      reasons.push({
        code: "INDICATOR_NOT_ACHIEVED",
        ref: ind.code,
        ok: false,
        blocking: false,
        message: `Chỉ tiêu “${ind.name}”${target}: không đạt.`,
      });
    } else {
      reasons.push({
        code: "INDICATOR_MISSING_DATA",
        ref: ind.code,
        ok: false,
        blocking: false,
        message: `Chỉ tiêu “${ind.name}”${target}: thiếu số liệu, tính là không đạt.`,
      });
    }
  }
  const totalCount = input.indicators.length;
  const achievedCount = input.indicators.filter((i) => i.achieved === true).length;
  const achievedShare = totalCount === 0 ? null : (achievedCount * 100) / totalCount;
  const shareOk = achievedShare !== null && achievedShare >= threshold - PERCENT_EPSILON;
  reasons.push(
    achievedShare === null
      ? {
          code: "NO_INDICATORS",
          ok: false,
          blocking: true,
          message: "Kế hoạch chuyển hóa chưa có chỉ tiêu nào để đánh giá.",
        }
      : {
          code: shareOk ? "INDICATOR_SHARE_OK" : "INDICATOR_SHARE_LOW",
          ok: shareOk,
          blocking: true,
          message:
            `Đạt ${achievedCount}/${totalCount} chỉ tiêu (${formatPercentVi(achievedShare)}), ` +
            `yêu cầu từ ${formatPercentVi(threshold)} trở lên.`,
        },
  );

  // 2. "giảm cơ bản tội phạm và tệ nạn xã hội" (seed 002).
  reasons.push(
    input.crimeDecreased === true
      ? { code: "CRIME_DECREASED", ok: true, blocking: true, message: "Tội phạm và tệ nạn xã hội giảm cơ bản." }
      : input.crimeDecreased === false
        ? {
            code: "CRIME_NOT_DECREASED",
            ok: false,
            blocking: true,
            message: "Tội phạm và tệ nạn xã hội chưa giảm cơ bản.",
          }
        : {
            code: "CRIME_DECREASE_UNKNOWN",
            ok: false,
            blocking: true,
            message: "Chưa đánh giá mức giảm tội phạm và tệ nạn xã hội, tính là chưa đạt.",
          },
  );

  // 3. "không để phức tạp nổi lên về trật tự an toàn xã hội" (seed 002).
  reasons.push(
    input.newComplexityEmerged === false
      ? {
          code: "NO_NEW_COMPLEXITY",
          ok: true,
          blocking: true,
          message: "Không để phức tạp mới nổi lên về trật tự, an toàn xã hội.",
        }
      : input.newComplexityEmerged === true
        ? {
            code: "NEW_COMPLEXITY",
            ok: false,
            blocking: true,
            message: "Có phức tạp mới nổi lên về trật tự, an toàn xã hội.",
          }
        : {
            code: "NEW_COMPLEXITY_UNKNOWN",
            ok: false,
            blocking: true,
            message: "Chưa đánh giá phức tạp mới về trật tự, an toàn xã hội, tính là chưa đạt.",
          },
  );

  // 4. General criteria (seed 001: "tiêu chí chung").
  for (const c of input.generalCriteria) reasons.push(criterionReason(c, "Tiêu chí chung "));

  // 5. Type-specific criteria of EVERY type of the commune (domain.md §4: a commune can be 1+3+4).
  const types = [...new Set(input.hotspotTypes)];
  for (const type of types) {
    const label = HOTSPOT_TYPE_LABELS[type];
    const own = input.typeCriteria.filter((c) => c.type === type);
    if (own.length === 0) {
      reasons.push({
        code: "TYPE_CRITERIA_MISSING",
        ref: type,
        ok: false,
        blocking: true,
        message: `Chưa có tiêu chí cụ thể cho ${label}, không xác nhận được địa bàn đạt tiêu chí theo loại.`,
      });
    }
    for (const c of own) reasons.push(criterionReason(c, `Tiêu chí ${label} `));
  }

  const passed = reasons.every((r) => r.ok || !r.blocking);
  return { recommendation: passed ? "PASSED" : "NOT_PASSED", achievedShare, achievedCount, totalCount, reasons };
}
