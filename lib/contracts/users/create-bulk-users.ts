import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { SheetUploadSchema } from "@/lib/contracts/sheet-upload";
import { RoleSchema } from "@/lib/contracts/outputs";

export const createBulkUsersContract = defineContract({
  summary: "Creates every account of a checked sheet in one transaction; returns the temporary passwords as an .xlsx.",
  permission: "user.manage",
  input: SheetUploadSchema,
  output: z.object({
    count: z.number(),
    accounts: z.array(
      z.object({
        username: z.string(),
        fullName: z.string(),
        role: RoleSchema,
        unitCode: z.string(),
        password: z.string(),
      }),
    ),
    fileBase64: z.string(),
    fileName: z.string(),
  }),
});
