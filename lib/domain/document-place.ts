/** Administrative prefixes of unit names, longest first so "Thành phố" wins over a shorter match. */
const PREFIXES = ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Huyện", "Quận", "Phường", "Tỉnh", "Xã"];

/**
 * The place name ("địa danh") written before the date of an administrative document (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, mục II.4.a): the official name of the administrative unit where the issuing body sits — the
 * province for a province's body, the district for a district's, the commune for a commune's — without its
 * kind ("Tỉnh Long Giang" → "Long Giang", "xã Hòa Ân" → "Hòa Ân"). A unit named by a number keeps its full
 * name ("Phường 1", "Quận 3"), as the decree requires for names of people, numbers or events.
 * Takes the issuing unit's level and name; returns the place text. A body at the national root writes "Hà Nội".
 */
export function documentPlaceName(unit: {
  level: "NATION" | "PROVINCE" | "DISTRICT" | "COMMUNE";
  name: string;
}): string {
  if (unit.level === "NATION") return "Hà Nội";
  const name = unit.name.trim();
  const prefix = PREFIXES.find((p) => name.toLocaleLowerCase("vi").startsWith(`${p.toLocaleLowerCase("vi")} `));
  if (!prefix) return name;
  const rest = name.slice(prefix.length).trim();
  return /^\d/u.test(rest) ? `${prefix} ${rest}` : rest;
}
