import "server-only";
import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { vi } from "@/lib/i18n/vi";
import { viNumberField } from "@/lib/contracts/vi-number";

// The province's verdict configuration (domain.md §5 "the threshold and the criteria set are configuration"):
// which counts make up "giảm cơ bản tội phạm và tệ nạn xã hội" and the minimum reduction, per programme year;
// the general and type-specific criteria (VerdictCriterion) of the province. Managed by the secretariat.

export const SaveCrimeConfigSchema = z.object({
  programmeId: Id,
  codes: z
    .array(z.string().regex(/^[A-Z0-9_]{1,40}$/))
    .min(1, "Chọn ít nhất một chỉ tiêu.")
    .max(40),
  minPercent: viNumberField({ label: vi.reviews.crimeMinPercent, max: 100 }),
  version: Version.min(1),
});

export const AddCriterionSchema = z.object({
  provinceId: Id,
  name: viText(300, { min: 3, minMessage: "Vui lòng nhập nội dung tiêu chí." }),
  hotspotType: z.enum(["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"]).nullable(),
});

export const SetCriterionActiveSchema = z.object({ criterionId: Id, isActive: z.boolean() });
