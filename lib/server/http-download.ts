import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file download response (Excel exports of dashboards and reports). */
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
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 } as const;

/** Expected failures of a download → plain 4xx; anything else logged with an id. */
export function downloadError(error: unknown): Response {
  if (error instanceof AppError) return new Response(error.message, { status: STATUS[error.code], headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const id = randomUUID().slice(0, 8);
  console.error(`[download-error ${id}]`, error);
  return new Response(`Lỗi ngoài dự kiến (mã ${id}).`, { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
