/**
 * Vietnamese text without its marks, for matching and ASCII names.
 *
 * `stripVietnameseMarks` takes any text in any Unicode form (NFC or NFD) and returns it with every
 * combining mark removed and đ/Đ turned into d/D (they have no decomposition, so NFD alone keeps
 * them). Case and spacing are kept.
 */
export function stripVietnameseMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * The search key of a name (issue #11 §4): marks stripped, lower case, runs of white space as one
 * space, trimmed. "Xã Đông  Hòa" and the NFD "Xã Đông Hòa" both give "xa dong hoa". PostgreSQL keeps
 * the same key in `Unit.searchName` (trigger `unit_search_name`, unaccent + lower), so the typed text
 * folded here matches the stored names; the unit tests compare both on the Vietnamese alphabet.
 */
export function foldForSearch(text: string): string {
  return stripVietnameseMarks(text).toLowerCase().replace(/\s+/g, " ").trim();
}
