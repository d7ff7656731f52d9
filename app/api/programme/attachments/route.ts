import { addProposalAttachment } from "@/lib/server/proposals/add-proposal-attachment";
import { sessionRoute } from "@/lib/server/http/session-route";
import { readMultipartUpload } from "@/lib/uploads/read-upload";
import { UPLOAD_POLICIES } from "@/lib/uploads/policy";
import { uploadProposalAttachmentContract } from "@/lib/contracts/programme/upload-proposal-attachment";

/**
 * Upload of a proposal's attachment (multipart: proposalId, file). A route handler, not an action: files reach
 * 10 MB. Same-origin only; the body is counted while read (413 past the limit, whatever the transfer encoding).
 */
export const POST = sessionRoute(uploadProposalAttachmentContract, async (actor, request) => {
  const { file, fields } = await readMultipartUpload(request, UPLOAD_POLICIES.proposalAttachment);
  const saved = await addProposalAttachment(actor, fields.proposalId ?? "", file);
  return Response.json({ ok: true, data: saved });
});
