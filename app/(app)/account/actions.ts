"use server";

import { defineAction } from "@/lib/actions/define-action";
import { signOutContract } from "@/lib/contracts/account/sign-out";
import { clearSessionCookies, endSession } from "@/lib/auth/sign-out";

// A server action rather than next-auth's client signOut(): the shell then ships no next-auth code to the browser.
export const signOutAction = defineAction(signOutContract, async (actor) => {
  if (actor.sessionId) await endSession(actor.sessionId, actor);
  await clearSessionCookies();
});
