// Strings of going live: the first administrator, the official unit list, spreadsheets of units and users,
// unit search and the set-up checklist (issue #11).
export const golive = {
  admin: {
    usage: "Cách dùng: npm run admin:create -- <tên đăng nhập> \"<họ và tên>\" (mật khẩu: nhập khi được hỏi, hoặc biến môi trường ADMIN_PASSWORD)",
    noDatabase: "DATABASE_URL chưa được đặt.",
    prompt: "Mật khẩu (không hiển thị): ",
    confirm: "Nhập lại mật khẩu: ",
    mismatch: "Hai lần nhập mật khẩu không khớp.",
    adminExists: "Đã có quản trị viên hệ thống đang hoạt động; hãy tạo thêm tài khoản trong ứng dụng.",
    usernameTaken: "Tên đăng nhập đã được sử dụng.",
    created: "Đã tạo quản trị viên hệ thống {username} tại đơn vị {unit}. Tài khoản phải đổi mật khẩu ở lần đăng nhập đầu tiên.",
    rootCreated: "Đã tạo đơn vị gốc Toàn quốc.",
  },
};
