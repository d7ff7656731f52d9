import "server-only";

/**
 * Layout of a month's sheet (export and import use the same one):
 *   row 1 title, row 2 "Mã đơn vị" | code, row 3 "Tháng" | MM/yyyy, row 5 header,
 *   rows 6+ : Mã chỉ tiêu | Tên chỉ tiêu | Nhóm | Đơn vị tính | Giá trị | Ghi chú
 * Computed indicators (tỷ lệ, mức giảm) are listed for reading but ignored on import.
 */
export const SHEET = "So lieu thang";

export const FIRST_ROW = 6;

export const HEADER = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Nhóm", "Đơn vị tính", "Giá trị", "Ghi chú"];
