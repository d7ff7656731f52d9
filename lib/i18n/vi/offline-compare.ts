// Strings of the field-by-field comparison after a save made offline met a newer report (issue #17 §3).
export const offlineCompare = {
  compareTitle: "Số liệu đã thay đổi trên máy chủ: chọn giá trị cho từng chỉ tiêu",
  compareHint:
    "Chưa ghi đè gì. Mặc định giữ số liệu trên máy chủ; chọn “Trên máy này” cho chỉ tiêu muốn dùng số của mình.",
  indicator: "Chỉ tiêu",
  mine: "Trên máy này",
  theirs: "Trên máy chủ",
  saveChoices: "Lưu theo lựa chọn",
  nothingDiffers: "Số liệu trên máy trùng với máy chủ: không còn gì cần chọn.",
} as const;
