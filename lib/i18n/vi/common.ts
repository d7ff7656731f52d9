// Words shared by every screen (kept apart so client components can take them without the whole catalog).
export const common = {
  save: "Lưu",
  cancel: "Hủy",
  confirm: "Xác nhận",
  back: "Quay lại",
  none: "Chưa có dữ liệu.",
  yes: "Có",
  no: "Không",
  actions: "Thao tác",
};
