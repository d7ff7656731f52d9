import { attachmentDisposition } from "@/lib/server/http-download";
import { AppError, validation } from "@/lib/errors";
import { input as inputText } from "@/lib/i18n/vi/input";
import { DOCUMENT_TYPES, sizeLabel, type DocumentExtension, type UploadPolicy } from "./document-types";

export { UPLOAD_POLICIES, type UploadPolicy } from "./document-types";

// THE upload policy (issue #14 §8): every file a user sends (proposal attachments, year-end review minutes,
// award nomination files, Excel imports) passes `checkUpload`, and every stored file goes back through
// `downloadHeaders`. Threat: a stored HTML/SVG file served inline runs script on our origin (stored XSS), and a
// client-chosen name or type ("../../../etc/evil.svg", "text/html") reaches the file system or the browser.

/** A file that passed the policy: its cleaned name, the type from the allow-list (never the client's), its bytes. */
export type CheckedUpload = { fileName: string; mimeType: string; size: number; bytes: Uint8Array };

/** A file over the size limit: a validation error that routes answer with 413. */
export class TooLargeError extends AppError {
  constructor(maxBytes: number) {
    const message = inputText.file.tooLarge.replace("{size}", sizeLabel(maxBytes));
    super("VALIDATION", message, { file: [message] });
  }
}

// Control characters (C0, DEL, C1) and the characters Windows forbids in a file name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced
const UNSAFE_IN_FILE_NAME = /[\u0000-\u001f\u007f-\u009f<>:"|?*]/g;

/**
 * A client's file name made safe to store and show: the last path segment only (no "../", no folders, either
 * slash), Unicode NFC, control characters and the characters Windows forbids replaced by "_", no leading dots,
 * at most 200 characters with the extension kept. Never empty ("tep").
 */
export function cleanFileName(name: string): string {
  const last = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const safe = last
    .replace(UNSAFE_IN_FILE_NAME, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  if (safe.length <= 200) return safe || "tep";
  const dot = safe.lastIndexOf(".");
  const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : "";
  return safe.slice(0, 200 - ext.length) + ext;
}

/** The lower-case extension of a file name ("" when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/**
 * Checks a file against a policy. Takes the client's name and the bytes received; returns the cleaned name,
 * the allow-listed type and the bytes. Refuses (VALIDATION on field "file", Vietnamese message): an empty file,
 * more than `maxBytes` (TooLargeError), an extension outside the policy, and leading bytes that do not match the
 * extension (an HTML page renamed .pdf).
 */
export function checkUpload(policy: UploadPolicy, file: { name: string; bytes: Uint8Array }): CheckedUpload {
  if (file.bytes.length === 0) throw validation(inputText.file.empty, { file: [inputText.file.empty] });
  if (file.bytes.length > policy.maxBytes) throw new TooLargeError(policy.maxBytes);
  const fileName = cleanFileName(file.name);
  const ext = extensionOf(fileName);
  if (!(policy.extensions as readonly string[]).includes(ext)) {
    const message = inputText.file.type.replace(
      "{types}",
      [...new Set(policy.extensions.map((e) => (e === "jpeg" ? "jpg" : e)))].join(", "),
    );
    throw validation(message, { file: [message] });
  }
  const type = DOCUMENT_TYPES[ext as DocumentExtension];
  if (!startsWith(file.bytes, type.magic)) {
    const message = inputText.file.contentMismatch.replace("{ext}", ext);
    throw validation(message, { file: [message] });
  }
  return { fileName, mimeType: type.mime, size: file.bytes.length, bytes: file.bytes };
}

/**
 * Response headers for a stored file: always a download (`Content-Disposition: attachment`, ASCII fallback name
 * from `attachmentDisposition`: ASCII name plus the UTF-8 one), `nosniff`, private and not cached, and a Content-Type from the
 * allow-list by the stored name's extension: the type stored with an old row (possibly the client's) is ignored,
 * and anything outside the list is served as application/octet-stream.
 */
export function downloadHeaders(fileName: string): Record<string, string> {
  const ext = extensionOf(fileName);
  const type = ext in DOCUMENT_TYPES ? DOCUMENT_TYPES[ext as DocumentExtension].mime : "application/octet-stream";
  return {
    "Content-Type": type,
    "Content-Disposition": attachmentDisposition(fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
