import { z } from "zod";
import { vi } from "@/lib/i18n/vi";

const Id = z.uuid("Mã không hợp lệ.");
const text = (max: number) =>
  z
    .string()
    .max(max, `Tối đa ${max} ký tự.`)
    .transform((s) => s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim());

export const SaveInterimReviewSchema = z.object({
  selectionId: Id,
  results: text(10_000),
  shortcomings: text(10_000),
  nextMeasures: text(10_000),
  /** Version loaded by the client (0 = no review yet). */
  version: z.number().int().min(0),
  submit: z.boolean().default(false),
});

export const DecideReviewSchema = z
  .object({
    reviewId: Id,
    decision: z.enum(["ACCEPT", "RETURN"]),
    reason: text(2_000).optional(),
    version: z.number().int().min(1),
  })
  .refine((v) => v.decision !== "RETURN" || (v.reason ?? "").length > 0, { message: vi.reviews.reasonRequired, path: ["reason"] });

export type SaveInterimReviewInput = z.input<typeof SaveInterimReviewSchema>;
export type DecideReviewInput = z.input<typeof DecideReviewSchema>;
