"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { createBulkUsers } from "@/lib/server/users/create-bulk-users";
import { previewBulkUsers } from "@/lib/server/users/preview-bulk-users";
import { SheetUploadSchema } from "@/lib/server/sheet-upload-schema";

export const previewBulkUsersAction = defineAction("user.manage", SheetUploadSchema, (actor, input) =>
  previewBulkUsers(actor, Buffer.from(input.fileBase64, "base64")),
);

export const createBulkUsersAction = defineAction("user.manage", SheetUploadSchema, async (actor, input) => {
  const result = await createBulkUsers(actor, Buffer.from(input.fileBase64, "base64"));
  revalidate("/users");
  return result;
});
