import type { AgencyKind } from "@/lib/generated/prisma/enums";

/**
 * The member agencies of the demo provinces' committees, as seed 000 ("Sở Tư pháp chủ trì…", "Sở Giáo dục và
 * Đào tạo…", "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên", "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân
 * tỉnh") and seed 002 mục V name them. Seeded in province 91 (Long Giang).
 */
export const DEMO_AGENCIES: { name: string; shortName: string; kind: AgencyKind }[] = [
  { name: "Sở Tư pháp", shortName: "STP", kind: "DEPARTMENT" },
  { name: "Sở Giáo dục và Đào tạo", shortName: "SGDĐT", kind: "DEPARTMENT" },
  { name: "Sở Lao động - Thương binh và Xã hội", shortName: "SLĐTBXH", kind: "DEPARTMENT" },
  { name: "Sở Thông tin và Truyền thông", shortName: "STTTT", kind: "DEPARTMENT" },
  { name: "Sở Tài chính", shortName: "STC", kind: "DEPARTMENT" },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", shortName: "UBMTTQ", kind: "MASS_ORGANISATION" },
  { name: "Tỉnh đoàn", shortName: "TĐ", kind: "MASS_ORGANISATION" },
  { name: "Viện Kiểm sát nhân dân tỉnh", shortName: "VKSND", kind: "JUDICIAL" },
  { name: "Tòa án nhân dân tỉnh", shortName: "TAND", kind: "JUDICIAL" },
];
