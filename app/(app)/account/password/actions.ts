"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changePasswordContract } from "@/lib/contracts/account/change-password";
import { changeOwnPassword } from "@/lib/server/users/change-password";

export const changePasswordAction = defineAction(changePasswordContract, (actor, input) =>
  changeOwnPassword(actor, input),
);
