// Strings of offline monthly entry on a phone (issue #17) that the entry page always needs; the comparison
// after a conflict (loaded lazily) has its own file, offline-compare.ts, and the install manifest install.ts.
export const offline = {
  online: "Đang có kết nối mạng",
  offline: "Mất kết nối mạng: số liệu được giữ trên máy này",
  ready: "Đã sẵn sàng nhập khi mất mạng",
  pending: "Chưa gửi ({count})",
  pendingItem: "Tháng {month}/{year}, lưu lúc {at}",
  savedOnDevice: "Đã lưu trên máy lúc {at}. Số liệu sẽ tự gửi khi có kết nối mạng.",
  sentQueued: "Đã gửi bản lưu lúc {at} lên máy chủ.",
  sending: "Đang gửi bản lưu khi mất mạng…",
  retrying: "Chưa gửi được bản lưu lên máy chủ; sẽ tự thử lại sau ít giây…",
  submitNeedsConnection: "Gửi số liệu (cần kết nối mạng)",
  noConnection: "Không có kết nối mạng: chưa gửi được. Vui lòng thử lại khi có mạng.",
  restoredDraft: "Đã khôi phục số liệu đang nhập dở trên máy này.",
  staleDraft:
    "Số liệu trên máy được nhập trên bản cũ; số liệu trên máy chủ đã thay đổi. Hãy chọn giá trị giữ lại cho từng chỉ tiêu.",
} as const;
