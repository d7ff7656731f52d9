import { requireActor } from "@/lib/authz/access";
import { asciiFileName } from "@/lib/domain/file-name";
import { buildDocx } from "@/lib/server/documents/docx/build-docx";
import { DOCUMENT_LOADERS, documentKind, loadDocumentForDownload } from "@/lib/server/documents/load-document";
import { docxResponse, downloadError } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

/**
 * The Word file (.docx, NĐ 30/2020 layout) of a printable document; another unit's → 404, bad overrides → 400.
 * Contract: lib/contracts/documents/download-docx.ts (the permission is the document kind's).
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const kind = documentKind((await params).kind);
    const actor = await requireActor(DOCUMENT_LOADERS[kind].permission);
    const doc = await loadDocumentForDownload(actor, kind, new URL(request.url).searchParams);
    return docxResponse(await buildDocx(doc), asciiFileName(doc.fileTitle, ".docx"));
  } catch (error) {
    return downloadError(error);
  }
}
