import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id } from "@/lib/contracts/primitives";
import { viNumberField } from "@/lib/contracts/vi-number";
import { Ref } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const SaveCrimeConfigSchema = z.object({
  programmeId: Id,
  codes: z
    .array(z.string().regex(/^[A-Z0-9_]{1,40}$/))
    .min(1, "Chọn ít nhất một chỉ tiêu.")
    .max(40),
  minPercent: viNumberField({ label: vi.reviews.crimeMinPercent, max: 100 }),
  version: ExistingVersion,
});

export const saveCrimeConfigContract = defineContract({
  summary: "Sets which counts make up the crime reduction of a programme year, and its minimum percentage.",
  permission: "programme.manage",
  input: SaveCrimeConfigSchema,
  output: Ref,
});
