import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const uploadProposalAttachmentContract = defineApiContract({
  method: "POST",
  path: "/api/programme/attachments",
  auth: "session",
  summary: "Uploads a proposal's attachment (multipart: proposalId, file; at most 10 MB).",
  permission: "proposal.create",
  form: z.object({ proposalId: Id }),
  output: z.object({ ok: z.literal(true), data: z.object({ id: z.string(), fileName: z.string() }).loose() }),
  refusals: ["NOT_FOUND", "TOO_LARGE"],
});
