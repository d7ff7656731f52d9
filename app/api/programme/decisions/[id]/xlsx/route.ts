import { requireActor } from "@/lib/authz/access";
import { asciiFileName } from "@/lib/domain/file-name";
import { decisionWorkbook } from "@/lib/server/decisions/decision-excel";
import { getDecisionDocument } from "@/lib/server/decisions/get-approval-board";
import { attachmentHeader, handleRoute } from "@/lib/server/programme/route-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor("programme.view");
    const doc = await getDecisionDocument(actor, (await params).id);
    const body = await decisionWorkbook(doc);
    const name = asciiFileName(`Quyet dinh ${doc.number} ${doc.programme.year}`, ".xlsx");
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": attachmentHeader(name), "Cache-Control": "private, no-store" },
    });
  });
}
