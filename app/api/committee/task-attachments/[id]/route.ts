import { requireActor } from "@/lib/authz/access";
import { getTaskAttachmentForDownload } from "@/lib/server/committee/get-task-attachment-for-download";
import { handleRoute } from "@/lib/server/programme/route-response";
import { downloadHeaders } from "@/lib/uploads/policy";
import { downloadTaskAttachmentContract } from "@/lib/contracts/committee/download-task-attachment";

/** Download of a plan task's evidence file, through the actor's task scope (headers: upload policy). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor(downloadTaskAttachmentContract.permission ?? undefined);
    const file = await getTaskAttachmentForDownload({ actor, attachmentId: (await params).id });
    return new Response(new Uint8Array(file.data), { headers: downloadHeaders(file.fileName) });
  });
}
