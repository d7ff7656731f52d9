import "server-only";
import { logUnexpectedError } from "@/lib/request-context";
import { AppError } from "@/lib/errors";
import { asciiFileName } from "@/lib/domain/file-name";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The Content-Disposition of every download (Excel exports, decision workbook, attachments): takes a file name
 * in Vietnamese with its extension ("Quyết định 12/QĐ-BCĐ 2027.xlsx") and returns `attachment` with the
 * ASCII name of asciiFileName (lib/domain/file-name.ts: "Quyet-dinh-12-QD-BCD-2027.xlsx") and, when the
 * name is not plain ASCII already, the original in `filename*` (RFC 6266) for browsers that read it.
 */
export function attachmentDisposition(fileName: string): string {
  const dot = /\.[A-Za-z0-9]{1,8}$/.exec(fileName);
  const ascii = dot ? asciiFileName(fileName.slice(0, dot.index), dot[0].toLowerCase()) : asciiFileName(fileName);
  return ascii === fileName
    ? `attachment; filename="${ascii}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file download response (Excel exports of dashboards, reports, the monthly workbook and the decision). */
export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  return fileResponse(buffer, fileName, XLSX_MIME);
}

/** A Word download (administrative documents); `fileName` from `asciiFileName`. */
export function docxResponse(buffer: Buffer, fileName: string): Response {
  return fileResponse(buffer, fileName, DOCX_MIME);
}

function fileResponse(buffer: Buffer, fileName: string, contentType: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(fileName),
      "Cache-Control": "private, no-store",
    },
  });
}

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 } as const;

/** Expected failures of a download → plain 4xx; anything else logged with an id. */
export function downloadError(error: unknown): Response {
  if (error instanceof AppError)
    return new Response(error.message, {
      status: STATUS[error.code],
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const id = logUnexpectedError("download-error", error);
  return new Response(`Lỗi ngoài dự kiến (mã ${id}).`, {
    status: 500,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
