import { requireActor } from "@/lib/authz/access";
import { getAttachmentForDownload } from "@/lib/server/proposals/get-attachment-for-download";
import { handleRoute } from "@/lib/server/programme/route-response";
import { downloadHeaders } from "@/lib/uploads/policy";
import { downloadProposalAttachmentContract } from "@/lib/contracts/programme/download-proposal-attachment";

/** Download of a proposal's attachment, through the actor's scope (headers: upload policy). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor(downloadProposalAttachmentContract.permission ?? undefined);
    const file = await getAttachmentForDownload(actor, (await params).id);
    return new Response(new Uint8Array(file.data), { headers: downloadHeaders(file.fileName) });
  });
}
