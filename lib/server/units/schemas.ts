import { z } from "zod";
import { viText, hasControlChars } from "@/lib/contracts/primitives";
import { input as inputText } from "@/lib/i18n/vi/input";

/** A province of the official list: its two-digit code, and whether to bring the former units too. */
export const OfficialImportSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số."),
  withHistory: z.boolean(),
});
export type OfficialImportInput = z.infer<typeof OfficialImportSchema>;

const Level = z.enum(["NATION", "PROVINCE", "DISTRICT", "COMMUNE"]);

/**
 * A unit search from a picker: the typed text (any case, marks, Unicode form), optional levels, whether
 * former units (ceased before today) are included, the page (20 results each) and an optional unit to search under.
 */
export const UnitSearchSchema = z.object({
  q: viText(100, { min: 1, minMessage: "Nhập tên hoặc mã đơn vị.", maxMessage: "Tối đa 100 ký tự." }),
  levels: z.array(Level).max(4).optional(),
  includeFormer: z.boolean().optional(),
  page: z.number().int().min(0).max(500).optional(),
  /** Search below this unit only (it must be in the actor's subtree, else "not found"). */
  underUnitId: z.uuid("Mã không hợp lệ.").optional(),
});
export type UnitSearchInput = z.infer<typeof UnitSearchSchema>;

/** A unit's steering committee name, edited after the import generated it. */
export const CommitteeNameSchema = z.object({
  unitId: z.uuid("Mã không hợp lệ."),
  committeeName: z
    .string()
    .refine((s) => !hasControlChars(s), inputText.controlChars)
    .transform((s) => s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(5, "Tên Ban Chỉ đạo quá ngắn.").max(200, "Tên Ban Chỉ đạo tối đa 200 ký tự.")),
});
export type CommitteeNameInput = z.infer<typeof CommitteeNameSchema>;
