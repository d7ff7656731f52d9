import { requireActor } from "@/lib/authz/access";
import { decisionWorkbook } from "@/lib/server/decisions/decision-excel";
import { getDecisionDocument } from "@/lib/server/decisions/get-decision-document";
import { handleRoute } from "@/lib/server/programme/route-response";
import { xlsxResponse } from "@/lib/server/http-download";
import { downloadDecisionWorkbookContract } from "@/lib/contracts/programme/download-decision-workbook";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await requireActor(downloadDecisionWorkbookContract.permission ?? undefined);
    const doc = await getDecisionDocument(actor, (await params).id);
    const body = await decisionWorkbook(doc);
    return xlsxResponse(body, `Quyết định ${doc.number} ${doc.programme.year}.xlsx`);
  });
}
