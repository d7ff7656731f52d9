import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { vi } from "@/lib/i18n/vi";

const Role = z.enum(["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "MINISTRY_OFFICE"]);

export const CreateUserSchema = z.object({
  username: z
    .string()
    .trim()
    .min(3, "Tên đăng nhập phải có ít nhất 3 ký tự.")
    .max(50, "Tên đăng nhập tối đa 50 ký tự.")
    .regex(/^[a-zA-Z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự . _ -"),
  fullName: viText(100, { min: 2, minMessage: "Vui lòng nhập họ và tên.", maxMessage: "Họ và tên tối đa 100 ký tự." }),
  role: Role,
  unitId: Id,
  password: PasswordSchema,
});

export const UserIdSchema = z.object({ userId: Id });

export const SetUserActiveSchema = z.object({ userId: Id, isActive: z.boolean() });

export const ResetPasswordSchema = z.object({ userId: Id, password: PasswordSchema });

/** A new role and unit for a user; `version` is the one the form was drawn from (a concurrent change → conflict). */
export const ChangeUserRoleSchema = z.object({
  userId: Id,
  role: Role,
  unitId: Id,
  version: Version.min(1),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(200, vi.auth.passwordPolicy),
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(200, vi.auth.passwordMismatch),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: vi.auth.passwordMismatch, path: ["confirmPassword"] })
  // A forced change (new account, reset) exists to replace a password someone else knows: keeping it is refused.
  .refine((v) => v.newPassword !== v.currentPassword, { message: vi.auth.passwordSameAsCurrent, path: ["newPassword"] });

export type CreateUserInput = z.infer<typeof CreateUserSchema>;
export type ChangeUserRoleInput = z.infer<typeof ChangeUserRoleSchema>;
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;
