/** Messages about reading spreadsheet cells (lib/server/excel-cell.ts). */
export const excelCell = {
  formulaNoResult:
    "Ô {cell}: công thức chưa có kết quả được lưu trong tệp (tệp chưa được tính lại). Hãy mở tệp bằng Excel, lưu lại rồi nhập lại, hoặc nhập giá trị trực tiếp.",
  cellError: "Ô {cell}: ô đang báo lỗi “{error}”, không có giá trị để nhập.",
  unreadable: "Ô {cell}: không đọc được giá trị của ô.",
  controlChars: "Ô {cell}: có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng nhập lại nội dung ô.",
} as const;
