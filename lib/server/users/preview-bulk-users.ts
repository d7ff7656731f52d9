import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";
import { checkBulkUsersSheet } from "./check-bulk-users-sheet";

/**
 * Preview of a bulk account-creation sheet (issue #11 §5): each row as read, and every row's errors (unknown or
 * foreign unit code, role not allowed at that level or not assignable by the actor, user name twice in the
 * file or already taken, invalid text). Writes nothing. Refuses (VALIDATION) a file that is not the template.
 */
export async function previewBulkUsers(actor: Actor, data: Buffer, now = appNow()) {
  assertCan(actor, "user.manage");
  const { preview, errors } = await checkBulkUsersSheet(actor, data, now);
  return { rows: preview, errors };
}
