import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";
import { AccountRef } from "./change-fields";
import { ConvertProvinceSchema } from "./convert-to-two-levels";

export const previewConvertContract = defineContract({
  summary: "What converting a province to 2 levels would touch; writes nothing.",
  permission: "unit.change",
  input: ConvertProvinceSchema,
  output: z.object({
    province: z.object({ id: z.string(), name: z.string() }),
    districts: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    communes: z.number(),
    users: z.array(AccountRef),
    districtReports: z.array(
      z.object({ id: z.string(), year: z.number(), month: z.number(), status: ReviewStatusSchema }),
    ),
    openProposals: z.number(),
  }),
});
