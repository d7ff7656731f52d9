"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPassword } from "@/lib/server/users/change-password";
import { ChangePasswordSchema } from "@/lib/server/users/schemas";

export const changePasswordAction = defineAction(null, ChangePasswordSchema, (actor, input) => changeOwnPassword(actor, input), {
  beforePasswordChange: true,
});
