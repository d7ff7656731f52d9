import "server-only";
import { vi } from "@/lib/i18n/vi";
import { writeTable } from "@/lib/server/spreadsheet";

const text = vi.golive.bulkUsers;

/** The empty template with two example rows (a province secretariat and a commune police officer). */
export function bulkUsersTemplate() {
  return writeTable(text.sheet, text.headers, [
    ["tinh.thuongtruc", "Nguyễn Văn An", "Phó Trưởng phòng PV01", vi.roles.PROVINCE_SECRETARIAT, "<mã tỉnh>"],
    ["xa.congan", "Trần Thị Bình", "Trưởng Công an xã", vi.roles.COMMUNE_POLICE, "<mã xã>"],
  ]);
}
