/**
 * The date of an administrative document, as written on it (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b):
 * "ngày … tháng … năm …" in full, and "những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 thì phải ghi thêm
 * số 0 phía trước" (day 1–9 and months 1, 2 take a leading zero; months 3–12 do not).
 * Takes a Vietnam calendar day (month 1–12); returns e.g. "ngày 05 tháng 3 năm 2026", "ngày 17 tháng 02 năm 2027".
 */
export function officialDateText(date: { day: number; month: number; year: number }): string {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}
