// Messages of the shared input primitives (lib/contracts/primitives.ts) and of uploads (lib/uploads).
// A small file of its own: client forms import it through the schemas.
export const input = {
  invalidId: "Mã không hợp lệ.",
  invalidDate: "Ngày không hợp lệ.",
  required: "Vui lòng nhập thông tin này.",
  tooLong: "Tối đa {max} ký tự.",
  controlChars: "Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng nhập lại nội dung.",
  notInteger: "Phải là số nguyên.",
  foreignOrigin: "Yêu cầu không đến từ trang của ứng dụng nên bị từ chối.",
  requestTooLarge: "Nội dung gửi lên quá lớn (tối đa 1 MB).",
  malformedRequest: "Nội dung yêu cầu không hợp lệ.",
  outOfRange: "Giá trị phải trong khoảng {min} đến {max}.",
  file: {
    choose: "Chọn tệp",
    none: "Chưa chọn tệp nào",
    empty: "Chưa chọn tệp hoặc tệp rỗng.",
    tooLarge: "Tệp quá lớn (tối đa {size}).",
    type: "Loại tệp không được chấp nhận. Chỉ nhận: {types}.",
    contentMismatch: "Nội dung tệp không khớp với phần mở rộng .{ext}.",
    notMultipart: "Yêu cầu tải tệp phải gửi dạng multipart/form-data.",
    malformed: "Không đọc được nội dung tệp gửi lên.",
  },
} as const;
