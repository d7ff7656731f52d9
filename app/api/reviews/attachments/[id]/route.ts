import { requireActor } from "@/lib/authz/access";
import { handleRoute } from "@/lib/server/programme/route-response";
import { getReviewAttachment } from "@/lib/server/verdicts/get-review-attachment";
import { downloadHeaders } from "@/lib/uploads/policy";
import { downloadReviewAttachmentContract } from "@/lib/contracts/reviews/download-review-attachment";

/** Download of a year-end review's minutes or a nomination file, through the actor's scope (headers: upload policy). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor(downloadReviewAttachmentContract.permission ?? undefined);
    const file = await getReviewAttachment(actor, (await params).id);
    return new Response(new Uint8Array(file.data), { headers: downloadHeaders(file.fileName) });
  });
}
