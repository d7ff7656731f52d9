"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { previewBulkUsersContract } from "@/lib/contracts/users/preview-bulk-users";
import { createBulkUsersContract } from "@/lib/contracts/users/create-bulk-users";
import { createBulkUsers } from "@/lib/server/users/create-bulk-users";
import { previewBulkUsers } from "@/lib/server/users/preview-bulk-users";

export const previewBulkUsersAction = defineAction(previewBulkUsersContract, (actor, input) =>
  previewBulkUsers(actor, Buffer.from(input.fileBase64, "base64")),
);

export const createBulkUsersAction = defineAction(createBulkUsersContract, async (actor, input) => {
  const result = await createBulkUsers(actor, Buffer.from(input.fileBase64, "base64"));
  revalidate("/users");
  return result;
});
