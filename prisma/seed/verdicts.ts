import type { Db } from "@/lib/prisma-client";
import type { HotspotType, Prisma } from "@/lib/generated/prisma/client";
import { assessVerdict } from "@/lib/server/verdicts/compute-verdict-recommendation";
import { computeScorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import { appNow } from "../../lib/clock";

/**
 * Default verdict criteria of a province (domain.md §5, seed 002 mục II.2; seed 001 giai đoạn 3 "tiêu chí chung
 * và tiêu chí cụ thể với loại địa bàn"). Provinces edit them as data.
 */
export const DEFAULT_VERDICT_CRITERIA: { code: string; name: string; hotspotType: HotspotType | null }[] = [
  { code: "C_HTCT", name: "Hệ thống chính trị cơ sở được củng cố, hoạt động hiệu quả, đoàn kết", hotspotType: null },
  { code: "C_HUONG_UOC", name: "Hương ước, quy ước được duy trì, thực hiện hiệu quả", hotspotType: null },
  { code: "C_BCD_XA", name: "Ban Chỉ đạo xã hoạt động thường xuyên, hiệu quả", hotspotType: null },
  {
    code: "C_NHAN_DAN",
    name: "Nhân dân đồng tình, ủng hộ, tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc",
    hotspotType: null,
  },
  {
    code: "L1_TU_DIEM",
    name: "Triệt xóa các tụ điểm cờ bạc, mại dâm; không để hình thành tụ điểm mới",
    hotspotType: "TYPE_1",
  },
  { code: "L1_BANG_NHOM", name: "Không còn băng, nhóm tội phạm hoạt động chưa được xử lý", hotspotType: "TYPE_1" },
  {
    code: "L2_KINH_TE",
    name: "Không còn cơ sở kinh doanh hàng giả, hàng lậu, hàng cấm quy mô lớn hoặc nhiều lần",
    hotspotType: "TYPE_2",
  },
  {
    code: "L3_MOI_TRUONG",
    name: "Các cơ sở vi phạm nghiêm trọng về môi trường, an toàn thực phẩm, khai thác tài nguyên được xử lý dứt điểm",
    hotspotType: "TYPE_3",
  },
  {
    code: "L4_TU_DIEM_MT",
    name: "Triệt xóa các tụ điểm, điểm mua bán, sử dụng trái phép chất ma túy",
    hotspotType: "TYPE_4",
  },
  {
    code: "L4_CAI_NGHIEN",
    name: "Người nghiện ma túy được lập hồ sơ quản lý, đưa đi cai nghiện theo quy định",
    hotspotType: "TYPE_4",
  },
];

export async function seedVerdictCriteria(db: Db, provinceId: string) {
  if (await db.verdictCriterion.count({ where: { provinceId } })) return;
  await db.verdictCriterion.createMany({
    data: DEFAULT_VERDICT_CRITERIA.map((c, i) => ({ ...c, provinceId, sortOrder: i })),
  });
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * Demo reviews and verdicts (issue #5), after the programme and figures seeds:
 * - the default criteria of each province;
 * - last year's verdicts ISSUED (communes carried into this year = "chưa đạt", the others "đạt"; ≈ 65–75% pass),
 *   with year-end reviews, criteria answers, the reasons computed from the figures, and one relapse record;
 * - this year's interim reviews: ACCEPTED for most, one SUBMITTED, none for the communes of huyện Cầu Kè (903)
 *   so that the demo walk-through (and the e2e test) can do one. This year's year-end is left to be done.
 * Does nothing beyond the criteria when there are no selections (the programme seed did not run).
 */
export async function seedDemoVerdicts(db: Db, now = appNow()) {
  const year = now.getUTCFullYear();
  const provinces = await db.unit.findMany({
    where: { level: "PROVINCE", code: { in: ["91", "92"] } },
    select: { id: true, code: true },
  });
  for (const p of provinces) await seedVerdictCriteria(db, p.id);
  if ((await db.selection.count()) === 0) return { verdicts: 0, interim: 0 };
  const secretariat = await db.user.findFirst({ where: { role: "PROVINCE_SECRETARIAT" }, select: { id: true } });
  let verdicts = 0;
  let interim = 0;

  for (const province of provinces) {
    const select = {
      id: true,
      communeId: true,
      hotspotTypes: true,
      commune: { select: { name: true, parent: { select: { code: true } } } },
      programme: {
        select: {
          provinceId: true,
          year: true,
          focusStart: true,
          passThresholdPercent: true,
          crimeReductionCodes: true,
          crimeReductionMinPercent: true,
        },
      },
    } as const;
    const last = await db.selection.findMany({
      where: { status: "SELECTED", programme: { provinceId: province.id, year: year - 1 } },
      select,
      orderBy: { commune: { code: "asc" } },
    });
    const current = await db.selection.findMany({
      where: { status: "SELECTED", programme: { provinceId: province.id, year } },
      select,
      orderBy: { commune: { code: "asc" } },
    });
    const carried = new Set(current.map((s) => s.communeId));
    const criteria = await db.verdictCriterion.findMany({
      where: { provinceId: province.id },
      select: { id: true, hotspotType: true, code: true },
    });
    const decisionNumber = province.code === "91" ? "45/QĐ-BCĐ" : "21/QĐ-BCĐ";
    let relapseDone = false;

    for (const s of last) {
      const passed = !carried.has(s.communeId);
      const own = criteria.filter((c) => c.hotspotType === null || s.hotspotTypes.includes(c.hotspotType));
      await db.criterionAnswer.createMany({
        data: own.map((c) => ({
          selectionId: s.id,
          criterionId: c.id,
          met: passed || c.code !== "C_HTCT",
          note: passed || c.code !== "C_HTCT" ? null : "Chi bộ, chính quyền xã còn mất đoàn kết nội bộ.",
        })),
        skipDuplicates: true,
      });
      await db.communeReview.create({
        data: {
          selectionId: s.id,
          kind: "YEAR_END",
          status: "ACCEPTED",
          meetingDate: day(year - 1, 11, 12),
          newComplexity: !passed && s.hotspotTypes.includes("TYPE_4"),
          results:
            "Tình hình an ninh, trật tự trên địa bàn chuyển biến tích cực; các tụ điểm phức tạp cơ bản được triệt xóa.",
          shortcomings: passed
            ? "Một số mô hình tự quản hoạt động chưa đều."
            : "Tội phạm, tệ nạn xã hội còn diễn biến phức tạp; hệ thống chính trị cơ sở chưa đồng bộ.",
          nextMeasures: "Tiếp tục duy trì các mô hình tự quản, tăng cường tuần tra, kiểm soát.",
          submittedAt: day(year - 1, 11, 14),
          reviewedAt: day(year - 1, 11, 25),
        },
      });
      const assessment = await assessVerdict(db, s);
      const verdict = passed ? "PASSED" : "NOT_PASSED";
      const isOverride = verdict !== assessment.result.recommendation;
      const row = await db.communeVerdict.create({
        data: {
          selectionId: s.id,
          communeId: s.communeId,
          year: year - 1,
          stage: "ISSUED",
          districtProposal: verdict,
          secretariatProposal: verdict,
          verdict,
          recommendation: assessment.result.recommendation,
          reasons: assessment.result.reasons as unknown as Prisma.InputJsonValue,
          isOverride,
          justification: isOverride
            ? passed
              ? "Hội nghị Ban Chỉ đạo tỉnh đánh giá địa bàn đã chuyển biến rõ rệt; các chỉ tiêu chưa đạt do số liệu phát sinh ít, không mang tính bản chất."
              : "Hội nghị Ban Chỉ đạo tỉnh đánh giá hệ thống chính trị cơ sở chưa được củng cố, cần tiếp tục chuyển hóa."
            : null,
          decisionNumber,
          decisionDate: day(year - 1, 12, 12),
          issuedById: secretariat?.id ?? null,
          issuedAt: day(year - 1, 12, 12),
        },
        select: { id: true },
      });
      verdicts++;
      if (!passed) {
        await db.proposal.updateMany({
          where: { communeId: s.communeId, source: "CARRY_OVER", programme: { provinceId: province.id, year } },
          data: {
            carryOverReasons: `Chưa đạt theo Quyết định số ${decisionNumber} ngày 12/12/${year - 1}. Lý do: ${assessment.result.reasons
              .filter((r) => !r.ok)
              .map((r) => r.message)
              .join(" ")}`,
          },
        });
      } else if (!relapseDone && secretariat) {
        relapseDone = true;
        await db.relapseRecord.create({
          data: {
            communeId: s.communeId,
            verdictId: row.id,
            date: day(year, 4, 20),
            reason:
              "Xuất hiện trở lại tụ điểm đánh bạc tại ấp giáp ranh; phát hiện 2 vụ tàng trữ trái phép chất ma túy.",
            recordedById: secretariat.id,
          },
        });
      }
    }

    for (const [i, s] of current.entries()) {
      if (s.commune.parent?.code === "903") continue;
      const card = await computeScorecard(db, s.id, reviewPeriod(s.programme, "INTERIM"));
      const offTrack = card.achievedShare === null || card.achievedShare < Number(s.programme.passThresholdPercent);
      const submittedOnly = i === 1;
      await db.communeReview.create({
        data: {
          selectionId: s.id,
          kind: "INTERIM",
          status: submittedOnly ? "SUBMITTED" : "ACCEPTED",
          scorecard: card as unknown as Prisma.InputJsonValue,
          offTrack,
          results: "Mở đợt cao điểm tấn công, trấn áp tội phạm; tuyên truyền đến các hộ dân; củng cố mô hình tự quản.",
          shortcomings: offTrack
            ? "Tỷ lệ điều tra khám phá và tuyên truyền còn thấp so với chỉ tiêu."
            : "Một số nhiệm vụ còn chậm so với kế hoạch.",
          nextMeasures: "Tập trung giải quyết các chỉ tiêu chưa đạt trong 6 tháng cuối năm.",
          submittedAt: day(year, 9, 12),
          reviewedAt: submittedOnly ? null : day(year, 9, 20),
        },
      });
      interim++;
    }
  }
  return { verdicts, interim };
}
