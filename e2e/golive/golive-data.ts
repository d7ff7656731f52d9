/** The first administrator of the go-live journey (created by the server script with `npm run admin:create`). */
export const GOLIVE_ADMIN = { username: "quantri", fullName: "Nguyễn Văn Quản Trị", password: "KhoiTao2026x" } as const;
