import { sessionRoute } from "@/lib/server/http/session-route";
import { uploadReviewMinutes } from "@/lib/server/verdicts/upload-review-minutes";
import { uploadNominationFile } from "@/lib/server/awards/upload-nomination-file";
import { readMultipartUpload } from "@/lib/uploads/read-upload";
import { UPLOAD_POLICIES } from "@/lib/uploads/policy";
import { uploadReviewAttachmentContract } from "@/lib/contracts/reviews/upload-review-attachment";

// Both kinds of file have the same size limit, so the body is read under either policy; each use case then
// checks the file against its own.
const READ_POLICY =
  UPLOAD_POLICIES.reviewMinutes.maxBytes >= UPLOAD_POLICIES.nominationFile.maxBytes
    ? UPLOAD_POLICIES.reviewMinutes
    : UPLOAD_POLICIES.nominationFile;

/**
 * Upload of a year-end review's minutes (target=minutes, ownerId = review id) or of a nomination file
 * (target=nomination, ownerId = nomination id, kind). Multipart, ≤ 5 MB: a route handler, not an action.
 */
export const POST = sessionRoute(uploadReviewAttachmentContract, async (actor, request) => {
  const { file, fields } = await readMultipartUpload(request, READ_POLICY);
  const ownerId = fields.ownerId ?? "";
  const data =
    fields.target === "nomination"
      ? await uploadNominationFile(actor, { nominationId: ownerId, kind: (fields.kind ?? "") as never, file })
      : await uploadReviewMinutes(actor, { ownerId, file });
  return Response.json({ ok: true, data });
});
