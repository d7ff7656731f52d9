import { input as text } from "@/lib/i18n/vi/input";
import { readBodyUpTo } from "./read-body";
import { isSameOrigin } from "./same-origin";

/**
 * Next.js's own limit on a server action's body (`serverActions.bodySizeLimit`, default 1 MB, not changed in
 * next.config.mjs). The Excel import sends its workbook inside an action, so its upload policy stays below it.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export type ActionRequestRefusal = { status: 400 | 403 | 413; message: string };

const REFUSALS = {
  origin: { status: 403, message: text.foreignOrigin },
  tooLarge: { status: 413, message: text.requestTooLarge },
  malformed: { status: 400, message: text.malformedRequest },
} as const satisfies Record<string, ActionRequestRefusal>;

/**
 * Checks a server action request (a POST with the `Next-Action` header) before Next.js decodes it, because
 * Next 16 answers a malformed one with HTTP 500 and offers no setting to change that (issue #14 §7): a foreign,
 * missing or "null" Origin (Next refuses it, but by throwing), a body over 1 MB (Next throws past
 * `bodySizeLimit`, and a chunked body has no Content-Length to check first), and a body its decoder cannot read:
 * the fetch encoding is a JSON array of arguments (`encodeReply`), or multipart/form-data when an argument is a
 * file or FormData. Reads a clone of the body (Next replays the original to the action).
 * Returns null when the request may go on, else the status (403, 413, 400) and a Vietnamese message.
 */
export async function checkServerActionRequest(request: Request): Promise<ActionRequestRefusal | null> {
  if (!isSameOrigin(request.headers)) return REFUSALS.origin;
  if (Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) return REFUSALS.tooLarge;
  let body: Uint8Array<ArrayBuffer> | null;
  try {
    body = await readBodyUpTo(request.clone(), SERVER_ACTION_BODY_LIMIT);
  } catch {
    return REFUSALS.malformed;
  }
  if (!body) return REFUSALS.tooLarge;
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) {
    try {
      await new Response(body, { headers: { "content-type": type } }).formData();
      return null;
    } catch {
      return REFUSALS.malformed;
    }
  }
  if (/^application\/x-www-form-urlencoded/i.test(type)) return null;
  try {
    return Array.isArray(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)))
      ? null
      : REFUSALS.malformed;
  } catch {
    return REFUSALS.malformed;
  }
}
