import "server-only";
import { validation } from "@/lib/errors";
import { input as m } from "@/lib/i18n/vi/input";
import { TooLargeError, type UploadPolicy } from "./policy";

// Room for the multipart framing and the small form fields next to the file.
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads the body of a request, counting bytes as they arrive and stopping at `limit`: the limit holds whatever
 * the transfer encoding (a chunked body has no Content-Length to check beforehand). Returns the bytes; throws
 * TooLargeError (answered 413) past the limit, a validation error when the body cannot be read.
 */
export async function readLimitedBody(request: Request, limit: number, maxBytes = limit): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new TooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        throw new TooLargeError(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw validation(m.file.malformed, { file: [m.file.malformed] });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** One uploaded file and the form's text fields, as sent (the file is checked by `checkUpload` in the use case). */
export type MultipartUpload = { file: { name: string; bytes: Uint8Array }; fields: Record<string, string> };

/**
 * Reads a multipart/form-data upload of one file (field "file") within a policy's size limit. Refuses with 400
 * a body that is not multipart (JSON, text), a broken multipart body and a form without a file; with 413 a body
 * over the limit, counted while reading.
 */
export async function readMultipartUpload(request: Request, policy: UploadPolicy): Promise<MultipartUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw validation(m.file.notMultipart, { file: [m.file.notMultipart] });
  const body = await readLimitedBody(request, policy.maxBytes + FORM_OVERHEAD, policy.maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw validation(m.file.malformed, { file: [m.file.malformed] });
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw validation(m.file.empty, { file: [m.file.empty] });
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields };
}
