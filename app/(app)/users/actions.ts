"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { createUserContract } from "@/lib/contracts/users/create-user";
import { setUserActiveContract } from "@/lib/contracts/users/set-user-active";
import { resetPasswordContract } from "@/lib/contracts/users/reset-password";
import { changeUserRoleContract } from "@/lib/contracts/users/change-user-role";
import { createUser } from "@/lib/server/users/create-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { changeUserRoleAndUnit } from "@/lib/server/users/change-user-role";

export const createUserAction = defineAction(createUserContract, async (actor, input) => {
  const user = await createUser(actor, input);
  revalidate("/users");
  return user;
});

export const setUserActiveAction = defineAction(setUserActiveContract, async (actor, input) => {
  const result = await setUserActive(actor, { userId: input.userId, isActive: input.isActive });
  revalidate("/users");
  return result;
});

export const resetPasswordAction = defineAction(resetPasswordContract, async (actor, input) =>
  resetUserPassword(actor, { userId: input.userId, password: input.password }),
);

export const changeUserRoleAction = defineAction(changeUserRoleContract, async (actor, input) => {
  const result = await changeUserRoleAndUnit(actor, input);
  revalidate("/users");
  return result;
});
