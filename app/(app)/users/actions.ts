"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { createUser } from "@/lib/server/users/create-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { changeUserRoleAndUnit } from "@/lib/server/users/change-user-role";
import { ChangeUserRoleSchema, CreateUserSchema, ResetPasswordSchema, SetUserActiveSchema } from "@/lib/server/users/schemas";

export const createUserAction = defineAction("user.manage", CreateUserSchema, async (actor, input) => {
  const user = await createUser(actor, input);
  revalidate("/users");
  return user;
});

export const setUserActiveAction = defineAction("user.manage", SetUserActiveSchema, async (actor, input) => {
  const result = await setUserActive(actor, { userId: input.userId, isActive: input.isActive });
  revalidate("/users");
  return result;
});

export const resetPasswordAction = defineAction("user.manage", ResetPasswordSchema, async (actor, input) =>
  resetUserPassword(actor, { userId: input.userId, password: input.password }),
);

export const changeUserRoleAction = defineAction("user.manage", ChangeUserRoleSchema, async (actor, input) => {
  const result = await changeUserRoleAndUnit(actor, input);
  revalidate("/users");
  return result;
});
