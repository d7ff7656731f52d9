// Funding of the programme (issue #18 §4). Seed 002 mục IV "Kinh phí thực hiện": the work is funded from the
// province budget ("ngân sách tỉnh"), the district and commune budgets ("ngân sách huyện, xã") and other lawful
// sources ("nguồn hợp pháp khác"). Amounts are whole đồng.

export const FUNDING_SOURCES = ["PROVINCE_BUDGET", "LOCAL_BUDGET", "OTHER_LAWFUL"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = {
  PROVINCE_BUDGET: "Ngân sách tỉnh",
  LOCAL_BUDGET: "Ngân sách huyện, xã",
  OTHER_LAWFUL: "Nguồn hợp pháp khác",
};

/** Largest amount one may type for one commune, source and year: 10.000 tỷ đồng (well inside exact JavaScript integers). */
export const FUNDING_AMOUNT_MAX = 10_000_000_000_000;

export type FundingAmounts = { planned: bigint; spent: bigint };
export type FundingTotals = { bySource: Record<FundingSource, FundingAmounts>; total: FundingAmounts };

/** Sums rows ({source, planned, spent} in đồng, BigInt so nothing is lost) per source and overall; sources with no row are 0. */
export function fundingTotals(rows: readonly ({ source: FundingSource } & FundingAmounts)[]): FundingTotals {
  const bySource = Object.fromEntries(FUNDING_SOURCES.map((s) => [s, { planned: 0n, spent: 0n }])) as Record<
    FundingSource,
    FundingAmounts
  >;
  const total = { planned: 0n, spent: 0n };
  for (const row of rows) {
    bySource[row.source].planned += row.planned;
    bySource[row.source].spent += row.spent;
    total.planned += row.planned;
    total.spent += row.spent;
  }
  return { bySource, total };
}
