import { requireActor } from "@/lib/authz/access";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { addProposalAttachment } from "@/lib/server/proposals/attachments";
import { ATTACHMENT_MAX_BYTES } from "@/lib/server/proposals/schemas";
import { handleRoute } from "@/lib/server/programme/route-response";

/** Upload of a proposal's attachment (multipart: proposalId, file). A route handler, not an action: files reach 10 MB. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const actor = await requireActor("proposal.create");
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > ATTACHMENT_MAX_BYTES + 64 * 1024) throw validation(vi.programme.proposals.fileTooLarge.replace("{mb}", "10"));
    const form = await request.formData();
    const file = form.get("file");
    const proposalId = String(form.get("proposalId") ?? "");
    if (!(file instanceof File)) throw validation(vi.programme.proposals.fileEmpty);
    const saved = await addProposalAttachment(actor, proposalId, { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({ ok: true, data: saved });
  });
}
