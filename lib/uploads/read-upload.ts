import "server-only";
import { validation } from "@/lib/errors";
import { input as inputText } from "@/lib/i18n/vi/input";
import { readBodyUpTo } from "@/lib/http/read-body";
import { TooLargeError, type UploadPolicy } from "./policy";

/** Room for the multipart framing and the small form fields next to the file. */
export const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads the body of a request within `limit` bytes (lib/http/read-body.ts counts while reading). Returns the bytes;
 * throws TooLargeError (answered 413, naming `maxBytes`) past the limit, a validation error when the body cannot
 * be read.
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
  maxBytes = limit,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new TooLargeError(maxBytes);
  let body: Uint8Array<ArrayBuffer> | null;
  try {
    body = await readBodyUpTo(request, limit);
  } catch {
    throw validation(inputText.file.malformed, { file: [inputText.file.malformed] });
  }
  if (!body) throw new TooLargeError(maxBytes);
  return body;
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
  if (!/^multipart\/form-data;\s*boundary=/i.test(type))
    throw validation(inputText.file.notMultipart, { file: [inputText.file.notMultipart] });
  const body = await readLimitedBody(request, policy.maxBytes + FORM_OVERHEAD, policy.maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw validation(inputText.file.malformed, { file: [inputText.file.malformed] });
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw validation(inputText.file.empty, { file: [inputText.file.empty] });
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields };
}
