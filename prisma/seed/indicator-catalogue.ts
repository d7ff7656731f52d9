import type { Db } from "@/lib/prisma-client";
import type {
  CriteriaGroup,
  IndicatorAggregation,
  IndicatorKind,
  TargetComparator,
} from "@/lib/generated/prisma/enums";

/**
 * Default indicator catalogue of a province. Selection criteria: seed 002 mục III
 * (the four criteria groups, domain.md §3). Result indicators and targets: seed 002
 * mục II.2 (commune plan targets) and seed 003 (yearly reduction ≥ 5%).
 */
export type CatalogueEntry = {
  code: string;
  name: string;
  group: CriteriaGroup;
  kind: IndicatorKind;
  unitLabel?: string;
  lowerIsBetter?: boolean;
  aggregation?: IndicatorAggregation;
  target?: { comparator: TargetComparator; value: number };
  /** RATIO: numerator and denominator codes; REDUCTION: base code as numerator. */
  numerator?: string;
  denominator?: string;
  isSelectionCriterion?: boolean;
  isResultIndicator?: boolean;
  isRequired?: boolean;
};

const count = (
  code: string,
  name: string,
  group: CriteriaGroup,
  extra: Partial<CatalogueEntry> = {},
): CatalogueEntry => ({
  code,
  name,
  group,
  kind: "COUNT",
  unitLabel: "vụ",
  lowerIsBetter: true,
  isSelectionCriterion: true,
  ...extra,
});
const stock = (code: string, name: string, group: CriteriaGroup, unitLabel = "người"): CatalogueEntry =>
  count(code, name, group, { unitLabel, aggregation: "LAST" });
const other = (code: string, name: string): CatalogueEntry => ({
  code,
  name,
  group: "OTHER",
  kind: "BOOLEAN",
  lowerIsBetter: true,
  aggregation: "LAST",
  isSelectionCriterion: true,
  isRequired: false,
});

export const DEFAULT_CATALOGUE: CatalogueEntry[] = [
  // a) Hình sự
  count("HS_VU", "Số vụ phạm pháp hình sự", "CRIMINAL"),
  stock(
    "HS_TRUY_TO",
    "Số người đang bị truy tố, chấp hành án treo, cải tạo không giam giữ do địa phương quản lý",
    "CRIMINAL",
  ),
  stock("HS_GDTX", "Số người bị quản lý, giáo dục tại xã, phường, thị trấn (NĐ 111/2013, 56/2016)", "CRIMINAL"),
  stock("HS_QLNV", "Số đối tượng trong diện quản lý nghiệp vụ về hình sự", "CRIMINAL"),
  stock("HS_TRUY_NA", "Số đối tượng truy nã, trốn thi hành án", "CRIMINAL"),
  stock("HS_BANG_NHOM", "Số băng, nhóm tội phạm hoạt động chưa được xử lý", "CRIMINAL", "băng, nhóm"),
  stock("HS_TU_DIEM", "Số tụ điểm cờ bạc, mại dâm chưa được giải quyết", "CRIMINAL", "tụ điểm"),
  count("HS_TO_GIAC", "Số tố giác, tin báo về tội phạm tiếp nhận", "CRIMINAL", {
    unitLabel: "tin",
    lowerIsBetter: false,
  }),
  // b) Ma túy
  count("MT_VU", "Số vụ phạm tội về ma túy", "DRUGS"),
  stock("MT_TU_DIEM", "Số tụ điểm, điểm mua bán, sử dụng trái phép chất ma túy", "DRUGS", "tụ điểm"),
  stock("MT_QLNV", "Số đối tượng trong diện quản lý nghiệp vụ về ma túy", "DRUGS"),
  stock("MT_NGHIEN", "Số người nghiện có hồ sơ quản lý", "DRUGS"),
  stock("MT_SU_DUNG", "Số người sử dụng trái phép chất ma túy", "DRUGS"),
  count("MT_TRONG", "Số vụ trồng, tái trồng cây có chứa chất ma túy", "DRUGS"),
  // c) Kinh tế, môi trường
  count("KT_VU", "Số vụ phạm tội, vi phạm pháp luật về kinh tế, môi trường", "ECONOMY_ENVIRONMENT"),
  stock("KT_QLNV", "Số đối tượng trong diện quản lý nghiệp vụ về kinh tế, môi trường", "ECONOMY_ENVIRONMENT"),
  stock(
    "KT_HANG_GIA",
    "Số cơ sở kinh doanh hàng giả, hàng lậu, hàng cấm quy mô lớn hoặc nhiều lần",
    "ECONOMY_ENVIRONMENT",
    "cơ sở",
  ),
  stock(
    "KT_MOI_TRUONG",
    "Số cơ sở vi phạm nghiêm trọng về môi trường, an toàn thực phẩm, khai thác tài nguyên",
    "ECONOMY_ENVIRONMENT",
    "cơ sở",
  ),
  // d) Khác (yes/no with a note)
  other("K_TRANH_CHAP", "Tranh chấp đất đai, khiếu kiện đông người, gây rối trật tự công cộng"),
  other("K_NGANH_NGHE", "Tập trung nhiều cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự"),
  other("K_DONG_NGUOI", "Chợ, bến cảng, bến xe, khu công nghiệp có nhiều người ngoài địa phương, người nước ngoài"),
  other("K_GIAO_THONG", "Tuyến đường thường xảy ra tai nạn giao thông nghiêm trọng, đua xe trái phép"),
  other("K_KHAI_KHOANG", "Khu vực khai thác khoáng sản"),
  other("K_GIAP_RANH", "Địa bàn giáp ranh là nơi tội phạm lẩn trốn, hoạt động"),
  other("K_CHAY_NO", "Cháy, nổ nghiêm trọng; vũ khí, vật liệu nổ, pháo trái phép"),
  other("K_HTCT_YEU", "Hệ thống chính trị cơ sở yếu kém, Ban Chỉ đạo xã hoạt động kém hiệu quả"),
  other("K_KHONG_MO_HINH", "Tội phạm xảy ra nhiều nhưng chưa có mô hình tự quản phòng, chống tội phạm hiệu quả"),
  // Result indicators (counts behind the percentages, entered monthly)
  {
    code: "KQ_AN_KHAM_PHA",
    name: "Số vụ phạm pháp hình sự đã điều tra khám phá",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "vụ",
  },
  {
    code: "KQ_RNT_XAY_RA",
    name: "Số vụ án rất nghiêm trọng, đặc biệt nghiêm trọng xảy ra",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "vụ",
    lowerIsBetter: true,
  },
  {
    code: "KQ_RNT_KHAM_PHA",
    name: "Số vụ án rất nghiêm trọng, đặc biệt nghiêm trọng đã khám phá",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "vụ",
  },
  {
    code: "KQ_TGTB_XU_LY",
    name: "Số tố giác, tin báo về tội phạm đã tiếp nhận, xử lý",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "tin",
  },
  {
    code: "KQ_HET_AN",
    name: "Số người chấp hành xong án phạt tù, được đặc xá cư trú tại địa phương",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "người",
    aggregation: "LAST",
  },
  {
    code: "KQ_TAI_PHAM_SO",
    name: "Số người tái phạm tội trong số người chấp hành xong án phạt tù, đặc xá",
    group: "CRIMINAL",
    kind: "COUNT",
    unitLabel: "người",
    lowerIsBetter: true,
    aggregation: "LAST",
  },
  {
    code: "KQ_MO_HINH",
    name: "Số mô hình quần chúng tự quản về phòng, chống tội phạm hoạt động hiệu quả",
    group: "OTHER",
    kind: "COUNT",
    unitLabel: "mô hình",
    aggregation: "LAST",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 1 },
  },
  {
    code: "KQ_TONG_HO",
    name: "Tổng số hộ dân trên địa bàn",
    group: "OTHER",
    kind: "COUNT",
    unitLabel: "hộ",
    aggregation: "LAST",
  },
  {
    code: "KQ_HO_TUYEN_TRUYEN",
    name: "Số hộ dân được tuyên truyền về phòng, chống tội phạm",
    group: "OTHER",
    kind: "COUNT",
    unitLabel: "hộ",
    aggregation: "LAST",
  },
  {
    code: "KQ_XHD",
    name: 'Có dấu hiệu tội phạm hoạt động theo kiểu "xã hội đen"',
    group: "CRIMINAL",
    kind: "BOOLEAN",
    lowerIsBetter: true,
    aggregation: "LAST",
    isResultIndicator: true,
    target: { comparator: "EQ", value: 0 },
  },
  // Computed result indicators (never typed in)
  {
    code: "KQ_TL_DTKP",
    name: "Tỷ lệ điều tra khám phá án hình sự",
    group: "CRIMINAL",
    kind: "RATIO",
    unitLabel: "%",
    numerator: "KQ_AN_KHAM_PHA",
    denominator: "HS_VU",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 80 },
  },
  {
    code: "KQ_TL_RNT",
    name: "Tỷ lệ khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng",
    group: "CRIMINAL",
    kind: "RATIO",
    unitLabel: "%",
    numerator: "KQ_RNT_KHAM_PHA",
    denominator: "KQ_RNT_XAY_RA",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 95 },
  },
  {
    code: "KQ_TL_TGTB",
    name: "Tỷ lệ tố giác, tin báo về tội phạm được tiếp nhận, xử lý",
    group: "CRIMINAL",
    kind: "RATIO",
    unitLabel: "%",
    numerator: "KQ_TGTB_XU_LY",
    denominator: "HS_TO_GIAC",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 100 },
  },
  {
    code: "KQ_TL_TAI_PHAM",
    name: "Tỷ lệ tái phạm tội",
    group: "CRIMINAL",
    kind: "RATIO",
    unitLabel: "%",
    numerator: "KQ_TAI_PHAM_SO",
    denominator: "KQ_HET_AN",
    lowerIsBetter: true,
    isResultIndicator: true,
    target: { comparator: "LTE", value: 15 },
  },
  {
    code: "KQ_TL_TUYEN_TRUYEN",
    name: "Tỷ lệ hộ dân được tuyên truyền về phòng, chống tội phạm",
    group: "OTHER",
    kind: "RATIO",
    unitLabel: "%",
    numerator: "KQ_HO_TUYEN_TRUYEN",
    denominator: "KQ_TONG_HO",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 100 },
  },
  {
    code: "KQ_GIAM_TTXH",
    name: "Mức giảm số vụ phạm tội về trật tự xã hội so với cùng kỳ năm trước",
    group: "CRIMINAL",
    kind: "REDUCTION",
    unitLabel: "%",
    numerator: "HS_VU",
    isResultIndicator: true,
    target: { comparator: "GTE", value: 5 },
  },
  { code: "GHI_CHU", name: "Tình hình nổi bật trong tháng", group: "OTHER", kind: "TEXT", isRequired: false },
];

/** Creates the default catalogue for a province (ids resolved for ratio parts). */
/** Creates the default catalogue of a province (demo seed, and a province added at go-live); returns code → id. */
export async function seedIndicatorCatalogue(db: Pick<Db, "indicator">, provinceId: string) {
  const ids = new Map<string, string>();
  for (const [i, e] of DEFAULT_CATALOGUE.entries()) {
    const row = await db.indicator.create({
      data: {
        provinceId,
        code: e.code,
        name: e.name,
        group: e.group,
        kind: e.kind,
        unitLabel: e.unitLabel ?? "",
        lowerIsBetter: e.lowerIsBetter ?? false,
        aggregation: e.aggregation ?? "SUM",
        targetComparator: e.target?.comparator ?? null,
        targetValue: e.target?.value ?? null,
        numeratorId: e.numerator ? ids.get(e.numerator) : null,
        denominatorId: e.denominator ? ids.get(e.denominator) : null,
        isSelectionCriterion: e.isSelectionCriterion ?? false,
        isResultIndicator: e.isResultIndicator ?? false,
        isRequired: e.isRequired ?? (e.kind !== "RATIO" && e.kind !== "REDUCTION"),
        sortOrder: i,
      },
      select: { id: true },
    });
    ids.set(e.code, row.id);
  }
  return ids;
}
