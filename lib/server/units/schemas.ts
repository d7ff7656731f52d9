import { z } from "zod";

/** A province of the official list: its two-digit code, and whether to bring the former units too. */
export const OfficialImportSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số."),
  withHistory: z.boolean(),
});
export type OfficialImportInput = z.infer<typeof OfficialImportSchema>;
