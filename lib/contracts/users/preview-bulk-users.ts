import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { SheetUploadSchema } from "@/lib/contracts/sheet-upload";
import { RoleSchema } from "@/lib/contracts/outputs";

/** A sheet row's error (lib/domain/bulk-user-rows.ts BulkRowError). */
export const BulkRowErrorSchema = z.object({
  row: z.number(),
  field: z.enum(["username", "fullName", "position", "role", "unitCode"]),
  message: z.string(),
});

export const previewBulkUsersContract = defineContract({
  summary: "Reads a sheet of accounts and lists every row with its unit and role resolved, and every row's errors.",
  permission: "user.manage",
  input: SheetUploadSchema,
  output: z.object({
    rows: z.array(
      z.object({
        row: z.number(),
        username: z.string(),
        fullName: z.string(),
        position: z.string(),
        role: RoleSchema.nullable(),
        unitCode: z.string(),
        unitName: z.string().nullable(),
      }),
    ),
    errors: z.array(BulkRowErrorSchema),
  }),
});
