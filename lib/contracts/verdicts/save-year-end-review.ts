import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, IsoDay, Version, viText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

export const SaveYearEndReviewSchema = z.object({
  selectionId: Id,
  meetingDate: IsoDay,
  newComplexity: z.boolean({ error: "Vui lòng trả lời câu hỏi về phức tạp mới." }),
  results: viText(10_000),
  shortcomings: viText(10_000),
  nextMeasures: viText(10_000),
  version: Version,
});
export type SaveYearEndReviewInput = z.input<typeof SaveYearEndReviewSchema>;

export const saveYearEndReviewContract = defineContract({
  summary: "Saves a selected commune's year-end review (tổng kết): meeting day, new complexity, results.",
  permission: "verdict.propose",
  input: SaveYearEndReviewSchema,
  output: Ref,
});
