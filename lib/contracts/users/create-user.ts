import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { AssignableRoleSchema, UserSummary } from "./user-fields";

export const CreateUserSchema = z.object({
  username: z
    .string()
    .trim()
    .min(3, "Tên đăng nhập phải có ít nhất 3 ký tự.")
    .max(50, "Tên đăng nhập tối đa 50 ký tự.")
    .regex(/^[a-zA-Z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự . _ -"),
  fullName: viText(100, { min: 2, minMessage: "Vui lòng nhập họ và tên.", maxMessage: "Họ và tên tối đa 100 ký tự." }),
  role: AssignableRoleSchema,
  unitId: Id,
  password: PasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const createUserContract = defineContract({
  summary:
    "Creates an account in the actor's subtree with a role it may assign; its password is changed at first sign-in.",
  permission: "user.manage",
  input: CreateUserSchema,
  output: UserSummary,
});
