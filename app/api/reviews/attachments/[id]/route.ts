import { requireActor } from "@/lib/authz/access";
import { handleRoute } from "@/lib/server/programme/route-response";
import { attachmentDisposition } from "@/lib/server/http-download";
import { getReviewAttachment } from "@/lib/server/verdicts/year-end-review";

/** Download of a year-end review's minutes or a nomination file, through the actor's scope. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor("kpi.view");
    const file = await getReviewAttachment(actor, (await params).id);
    return new Response(new Uint8Array(file.data), {
      headers: { "Content-Type": file.mimeType, "Content-Disposition": attachmentDisposition(file.fileName), "Cache-Control": "private, no-store" },
    });
  });
}
