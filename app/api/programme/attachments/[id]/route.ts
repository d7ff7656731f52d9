import { requireActor } from "@/lib/authz/access";
import { getAttachmentForDownload } from "@/lib/server/proposals/attachments";
import { handleRoute } from "@/lib/server/programme/route-response";
import { attachmentDisposition } from "@/lib/server/http-download";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor("programme.view");
    const file = await getAttachmentForDownload(actor, (await params).id);
    return new Response(new Uint8Array(file.data), {
      headers: { "Content-Type": file.mimeType, "Content-Disposition": attachmentDisposition(file.fileName), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  });
}
