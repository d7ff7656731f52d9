import { addTaskAttachment } from "@/lib/server/committee/add-task-attachment";
import { sessionRoute } from "@/lib/server/http/session-route";
import { readMultipartUpload } from "@/lib/uploads/read-upload";
import { UPLOAD_POLICIES } from "@/lib/uploads/policy";
import { uploadTaskAttachmentContract } from "@/lib/contracts/committee/upload-task-attachment";

/** Upload of a plan task's evidence file (multipart: taskId, file; issue #18). Same-origin only; size counted while read. */
export const POST = sessionRoute(uploadTaskAttachmentContract, async (actor, request) => {
  const { file, fields } = await readMultipartUpload(request, UPLOAD_POLICIES.taskEvidence);
  const saved = await addTaskAttachment({ actor, taskId: fields.taskId ?? "", file });
  return Response.json({ ok: true, data: saved });
});
