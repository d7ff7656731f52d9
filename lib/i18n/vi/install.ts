// Name and description of the app when installed on a phone's home screen (web app manifest, issue #17 §1).
export const install = {
  appName: "BCĐ Chuyển hóa địa bàn",
  appShortName: "Chuyển hóa",
  appDescription: "Nhập số liệu tháng chuyển hóa địa bàn trọng điểm, kể cả khi mất kết nối mạng.",
} as const;
