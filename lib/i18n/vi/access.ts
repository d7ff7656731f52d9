// Strings of account security (issue #14: forced password change, token expiry) and of changing a user's role and unit (#11 §5).
export const access = {
  mustChangePasswordFirst:
    "Bạn phải đổi mật khẩu trước khi tiếp tục sử dụng hệ thống. Vui lòng vào mục “Đổi mật khẩu”.",
  mustChangePasswordNotice:
    "Tài khoản của bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới để tiếp tục sử dụng hệ thống.",
  changeRole: {
    title: "Đổi vai trò, đơn vị",
    open: "Đổi vai trò, đơn vị",
    current: "Hiện tại",
    role: "Vai trò mới",
    unit: "Đơn vị mới",
    submit: "Lưu thay đổi",
    done: "Đã đổi vai trò, đơn vị. Các phiên đăng nhập và mã truy cập API của người dùng đã bị chấm dứt.",
    unchanged: "Vai trò và đơn vị không thay đổi.",
    notSelf: "Không thể tự đổi vai trò, đơn vị của mình.",
    unitCeased: "Đơn vị đã chọn không còn hiệu lực.",
  },
  tokens: {
    validDays: "Thời hạn",
    days: "{n} ngày",
    oneYear: "1 năm",
    expiresAt: "Hết hạn",
    expired: "Đã hết hạn",
    validDaysRange: "Thời hạn của mã truy cập phải từ 1 đến 365 ngày.",
  },
} as const;
