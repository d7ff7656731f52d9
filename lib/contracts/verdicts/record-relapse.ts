import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, IsoDay, viText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const RecordRelapseSchema = z.object({
  verdictId: Id,
  date: IsoDay,
  reason: viText(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});
export type RecordRelapseInput = z.input<typeof RecordRelapseSchema>;

export const recordRelapseContract = defineContract({
  summary: "Records that a commune that passed has become complex again (tái phức tạp), with the day and reason.",
  permission: "relapse.record",
  input: RecordRelapseSchema,
  output: Ref,
});
