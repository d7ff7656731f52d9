import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Nothing } from "@/lib/contracts/outputs";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { vi } from "@/lib/i18n/vi";

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(200, vi.auth.passwordPolicy),
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(200, vi.auth.passwordMismatch),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: vi.auth.passwordMismatch, path: ["confirmPassword"] })
  // A forced change (new account, reset) exists to replace a password someone else knows: keeping it is refused.
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: vi.auth.passwordSameAsCurrent,
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const changePasswordContract = defineContract({
  summary: "Changes the signed-in user's own password (the current one checked, throttled); other sessions end.",
  permission: null,
  input: ChangePasswordSchema,
  output: Nothing,
  beforePasswordChange: true,
});
