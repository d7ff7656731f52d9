/**
 * Demo administrative units for the BCĐ 138 demo data.
 * - demoProvinceThreeLevel: pre-2025 shape (province → district → commune).
 * - demoProvinceTwoLevel: after 01/07/2025 (province → commune, no district level).
 * Names are fictional but in the style of Vietnamese place names; codes follow the
 * official pattern (province 2 digits, district 3, commune 5) and are unique.
 */

export type UnitKind =
  "TINH" | "THANH_PHO_TW" | "HUYEN" | "THI_XA" | "THANH_PHO" | "QUAN" | "XA" | "PHUONG" | "THI_TRAN" | "DAC_KHU";

export type DemoUnit = {
  code: string;
  name: string;
  kind: UnitKind;
  children?: DemoUnit[];
  /** Recognised as new-rural (nông thôn mới) in the previous year. */
  newRuralLastYear?: boolean;
};

const COMMUNE_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]);

/** Counts commune-level units (xã, phường, thị trấn, đặc khu) in the tree. */
export function countCommunes(u: DemoUnit): number {
  const self = COMMUNE_KINDS.has(u.kind) ? 1 : 0;
  return (u.children ?? []).reduce((sum: number, c: DemoUnit) => sum + countCommunes(c), self);
}

/** Tỉnh Long Giang: 3-level local government (before 2025). */
export const demoProvinceThreeLevel: DemoUnit = {
  code: "91",
  name: "Tỉnh Long Giang",
  kind: "TINH",
  children: [
    {
      code: "901",
      name: "Thành phố Long Giang",
      kind: "THANH_PHO",
      children: [
        { code: "30001", name: "Phường 1", kind: "PHUONG" },
        { code: "30004", name: "Phường 2", kind: "PHUONG" },
        { code: "30007", name: "Phường 3", kind: "PHUONG" },
        { code: "30010", name: "Phường 4", kind: "PHUONG" },
        { code: "30013", name: "Phường 5", kind: "PHUONG" },
        { code: "30016", name: "Phường 6", kind: "PHUONG" },
        { code: "30019", name: "Phường 7", kind: "PHUONG" },
        { code: "30022", name: "Phường 8", kind: "PHUONG" },
        { code: "30025", name: "Phường 9", kind: "PHUONG" },
        { code: "30028", name: "Xã Mỹ Phú", kind: "XA" },
        { code: "30031", name: "Xã Long Đức", kind: "XA" },
        { code: "30034", name: "Xã Hòa Khánh", kind: "XA" },
      ],
    },
    {
      code: "902",
      name: "Thị xã Vĩnh Thạnh",
      kind: "THI_XA",
      children: [
        { code: "30037", name: "Phường Vĩnh Thạnh", kind: "PHUONG" },
        { code: "30040", name: "Phường Châu Văn Liêm", kind: "PHUONG" },
        { code: "30043", name: "Phường Thạnh Phước", kind: "PHUONG" },
        { code: "30046", name: "Phường Cái Vồn", kind: "PHUONG" },
        { code: "30049", name: "Phường Đông Thuận", kind: "PHUONG" },
        { code: "30052", name: "Phường Trần Phú", kind: "PHUONG" },
        { code: "30055", name: "Xã Đông Bình", kind: "XA" },
        { code: "30058", name: "Xã Đông Thạnh", kind: "XA" },
        { code: "30061", name: "Xã Mỹ Hòa", kind: "XA" },
        { code: "30064", name: "Xã Thuận An", kind: "XA" },
      ],
    },
    {
      code: "903",
      name: "Huyện Cầu Kè",
      kind: "HUYEN",
      children: [
        { code: "30067", name: "Thị trấn Cầu Kè", kind: "THI_TRAN" },
        { code: "30070", name: "Xã Hòa Ân", kind: "XA", newRuralLastYear: true },
        { code: "30073", name: "Xã Châu Điền", kind: "XA" },
        { code: "30076", name: "Xã An Phú Tân", kind: "XA" },
        { code: "30079", name: "Xã Hòa Tân", kind: "XA" },
        { code: "30082", name: "Xã Ninh Thới", kind: "XA" },
        { code: "30085", name: "Xã Phong Phú", kind: "XA" },
        { code: "30088", name: "Xã Thạnh Phú", kind: "XA" },
      ],
    },
    {
      code: "904",
      name: "Huyện Long Hồ",
      kind: "HUYEN",
      children: [
        { code: "30091", name: "Thị trấn Long Hồ", kind: "THI_TRAN" },
        { code: "30094", name: "Xã Long Hiệp", kind: "XA", newRuralLastYear: true },
        { code: "30097", name: "Xã Phước Hậu", kind: "XA" },
        { code: "30100", name: "Xã Tân Hạnh", kind: "XA" },
        { code: "30103", name: "Xã Thanh Đức", kind: "XA" },
        { code: "30106", name: "Xã Lộc Hòa", kind: "XA" },
        { code: "30109", name: "Xã Hòa Phú", kind: "XA" },
        { code: "30112", name: "Xã Bình Hòa Phước", kind: "XA" },
        { code: "30115", name: "Xã An Bình", kind: "XA" },
        { code: "30118", name: "Xã Đồng Phú", kind: "XA" },
        { code: "30121", name: "Xã Phú Quới", kind: "XA" },
      ],
    },
    {
      code: "905",
      name: "Huyện Tam Bình",
      kind: "HUYEN",
      children: [
        { code: "30124", name: "Thị trấn Tam Bình", kind: "THI_TRAN" },
        { code: "30127", name: "Xã Tân Lộc", kind: "XA" },
        { code: "30130", name: "Xã Phú Thịnh", kind: "XA" },
        { code: "30133", name: "Xã Song Phú", kind: "XA", newRuralLastYear: true },
        { code: "30136", name: "Xã Long Phú", kind: "XA" },
        { code: "30139", name: "Xã Mỹ Thạnh Trung", kind: "XA" },
        { code: "30142", name: "Xã Tường Lộc", kind: "XA" },
        { code: "30145", name: "Xã Loan Mỹ", kind: "XA" },
        { code: "30148", name: "Xã Ngãi Tứ", kind: "XA" },
        { code: "30151", name: "Xã Bình Ninh", kind: "XA" },
        { code: "30154", name: "Xã Hậu Lộc", kind: "XA" },
        { code: "30157", name: "Xã Hòa Hiệp", kind: "XA" },
        { code: "30160", name: "Xã Hòa Thạnh", kind: "XA" },
        { code: "30163", name: "Xã Hòa Lộc", kind: "XA" },
        { code: "30166", name: "Xã Phú Lộc", kind: "XA" },
        { code: "30169", name: "Xã Tân Phú", kind: "XA" },
      ],
    },
    {
      code: "906",
      name: "Huyện Chợ Mới",
      kind: "HUYEN",
      children: [
        { code: "30172", name: "Thị trấn Chợ Mới", kind: "THI_TRAN" },
        { code: "30175", name: "Xã Kiến An", kind: "XA" },
        { code: "30178", name: "Xã Kiến Thành", kind: "XA", newRuralLastYear: true },
        { code: "30181", name: "Xã Mỹ Hội Đông", kind: "XA" },
        { code: "30184", name: "Xã Long Điền A", kind: "XA" },
        { code: "30187", name: "Xã Long Điền B", kind: "XA" },
        { code: "30190", name: "Xã Tấn Mỹ", kind: "XA" },
        { code: "30193", name: "Xã Mỹ Hiệp", kind: "XA" },
        { code: "30196", name: "Xã Bình Phước Xuân", kind: "XA" },
        { code: "30199", name: "Xã Nhơn Mỹ", kind: "XA" },
        { code: "30202", name: "Xã Hòa Bình", kind: "XA" },
        { code: "30205", name: "Xã Hội An", kind: "XA" },
        { code: "30208", name: "Xã Long Kiến", kind: "XA" },
      ],
    },
    {
      code: "907",
      name: "Huyện Trà Ôn",
      kind: "HUYEN",
      children: [
        { code: "30211", name: "Thị trấn Trà Ôn", kind: "THI_TRAN" },
        { code: "30214", name: "Xã Thiện Mỹ", kind: "XA" },
        { code: "30217", name: "Xã Tân Mỹ", kind: "XA" },
        { code: "30220", name: "Xã Hựu Thành", kind: "XA" },
        { code: "30223", name: "Xã Thới Hòa", kind: "XA" },
        { code: "30226", name: "Xã Trà Côn", kind: "XA" },
        { code: "30229", name: "Xã Xuân Hiệp", kind: "XA" },
        { code: "30232", name: "Xã Nhơn Bình", kind: "XA" },
        { code: "30235", name: "Xã Vĩnh Xuân", kind: "XA" },
      ],
    },
    {
      code: "908",
      name: "Huyện Châu Thành",
      kind: "HUYEN",
      children: [
        { code: "30238", name: "Thị trấn Cái Tàu Hạ", kind: "THI_TRAN" },
        { code: "30241", name: "Xã An Hiệp", kind: "XA" },
        { code: "30244", name: "Xã An Khánh", kind: "XA" },
        { code: "30247", name: "Xã An Nhơn", kind: "XA" },
        { code: "30250", name: "Xã An Phú Thuận", kind: "XA" },
        { code: "30253", name: "Xã Hòa Long", kind: "XA" },
        { code: "30256", name: "Xã Phú Hựu", kind: "XA" },
        { code: "30259", name: "Xã Phú Long", kind: "XA" },
        { code: "30262", name: "Xã Tân Bình", kind: "XA" },
        { code: "30265", name: "Xã Tân Nhuận Đông", kind: "XA" },
        { code: "30268", name: "Xã Tân Phú Trung", kind: "XA" },
        { code: "30271", name: "Xã Tân Thuận", kind: "XA" },
        { code: "30274", name: "Xã Phú Điền", kind: "XA" },
        { code: "30277", name: "Xã Vĩnh Thạnh Trung", kind: "XA" },
      ],
    },
    {
      code: "909",
      name: "Huyện Vũng Liêm",
      kind: "HUYEN",
      children: [
        { code: "30280", name: "Thị trấn Vũng Liêm", kind: "THI_TRAN" },
        { code: "30283", name: "Xã Trung Thành", kind: "XA" },
        { code: "30286", name: "Xã Trung Hiếu", kind: "XA" },
        { code: "30289", name: "Xã Trung Ngãi", kind: "XA" },
        { code: "30292", name: "Xã Hiếu Phụng", kind: "XA" },
        { code: "30295", name: "Xã Hiếu Thuận", kind: "XA" },
        { code: "30298", name: "Xã Quới An", kind: "XA" },
        { code: "30301", name: "Xã Quới Thiện", kind: "XA" },
        { code: "30304", name: "Xã Thanh Bình", kind: "XA" },
        { code: "30307", name: "Xã Tân Quới Trung", kind: "XA" },
        { code: "30310", name: "Xã Trung Chánh", kind: "XA", newRuralLastYear: true },
        { code: "30313", name: "Xã Hiếu Nghĩa", kind: "XA" },
      ],
    },
  ],
};

/** Tỉnh Hải Châu: 2-level local government (after 01/07/2025, communes merged). */
export const demoProvinceTwoLevel: DemoUnit = {
  code: "92",
  name: "Tỉnh Hải Châu",
  kind: "TINH",
  children: [
    { code: "40001", name: "Phường Hải An", kind: "PHUONG" },
    { code: "40004", name: "Phường Hải Châu", kind: "PHUONG" },
    { code: "40007", name: "Phường Đông Hải", kind: "PHUONG" },
    { code: "40010", name: "Phường Ngọc Xuyên", kind: "PHUONG" },
    { code: "40013", name: "Phường Bình Minh", kind: "PHUONG" },
    { code: "40016", name: "Phường Tân An", kind: "PHUONG" },
    { code: "40019", name: "Phường Hòa Khánh", kind: "PHUONG" },
    { code: "40022", name: "Phường Phú Thạnh", kind: "PHUONG" },
    { code: "40025", name: "Phường An Khê", kind: "PHUONG" },
    { code: "40028", name: "Phường Long Thủy", kind: "PHUONG" },
    { code: "40031", name: "Phường Thuận Phước", kind: "PHUONG" },
    { code: "40034", name: "Phường Quang Trung", kind: "PHUONG" },
    { code: "40037", name: "Xã Phú Lộc", kind: "XA" },
    { code: "40040", name: "Xã Hải Ninh", kind: "XA" },
    { code: "40043", name: "Xã Hải Thịnh", kind: "XA" },
    { code: "40046", name: "Xã Đông Thạnh", kind: "XA" },
    { code: "40049", name: "Xã Tây Hòa", kind: "XA" },
    { code: "40052", name: "Xã Nam Phước", kind: "XA" },
    { code: "40055", name: "Xã Bắc Sơn", kind: "XA" },
    { code: "40058", name: "Xã Lộc An", kind: "XA" },
    { code: "40061", name: "Xã Vinh Thanh", kind: "XA" },
    { code: "40064", name: "Xã Phong Điền", kind: "XA" },
    { code: "40067", name: "Xã Tam Giang", kind: "XA" },
    { code: "40070", name: "Xã Cầu Hai", kind: "XA" },
    { code: "40073", name: "Xã Hòa Vang", kind: "XA" },
    { code: "40076", name: "Xã Đại Lộc", kind: "XA" },
    { code: "40079", name: "Xã Thăng Bình", kind: "XA" },
    { code: "40082", name: "Xã Duy Xuyên", kind: "XA" },
    { code: "40085", name: "Xã Quế Sơn", kind: "XA" },
    { code: "40088", name: "Xã Tiên Phước", kind: "XA" },
    { code: "40091", name: "Xã Trà My", kind: "XA" },
    { code: "40094", name: "Xã Núi Thành", kind: "XA" },
    { code: "40097", name: "Xã Bình Sơn", kind: "XA" },
    { code: "40100", name: "Xã Sông Vệ", kind: "XA" },
    { code: "40103", name: "Xã Mỹ Lợi", kind: "XA" },
    { code: "40106", name: "Xã Xuân Phú", kind: "XA" },
    { code: "40109", name: "Xã Hương Sơn", kind: "XA" },
    { code: "40112", name: "Xã Phước Thành", kind: "XA" },
    { code: "40115", name: "Xã An Lương", kind: "XA" },
    { code: "40118", name: "Đặc khu Hòn Ngọc", kind: "DAC_KHU" },
  ],
};
