import { requireActor } from "@/lib/authz/access";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { handleRoute } from "@/lib/server/programme/route-response";
import { MAX_ATTACHMENT_BYTES, uploadReviewMinutes } from "@/lib/server/verdicts/year-end-review";
import { uploadNominationFile } from "@/lib/server/awards/emulation-awards";

/**
 * Upload of a year-end review's minutes (target=minutes, ownerId = review id) or of a nomination file
 * (target=nomination, ownerId = nomination id, file kind). Multipart, ≤ 5 MB: a route handler, not an action.
 */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const actor = await requireActor();
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ATTACHMENT_BYTES + 64 * 1024) throw validation(t(vi.reviews.fileTooLarge, { max: "5 MB" }));
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw validation("Chưa chọn tệp.");
    const base = { fileName: file.name, mimeType: file.type, dataBase64: Buffer.from(await file.arrayBuffer()).toString("base64") };
    const ownerId = String(form.get("ownerId") ?? "");
    const data =
      form.get("target") === "nomination"
        ? await uploadNominationFile(actor, { ...base, nominationId: ownerId, file: String(form.get("kind") ?? "") as never })
        : await uploadReviewMinutes(actor, { ...base, ownerId });
    return Response.json({ ok: true, data });
  });
}
