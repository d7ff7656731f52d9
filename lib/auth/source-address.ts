/**
 * The client address of a request, for the audit trail of sign-ins. Takes the request headers (a Headers
 * object or next-auth's plain record) and returns the first hop of `X-Forwarded-For` (set by `next start`
 * and by the reverse proxy in front of it), else `X-Real-IP`, else null; at most 100 characters.
 * It is recorded, never trusted for a decision (a client can forge it when no proxy rewrites it).
 */
export function sourceAddressOf(headers: Headers | Record<string, unknown> | undefined | null): string | null {
  if (!headers) return null;
  const get = (name: string): string | null => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : null;
  };
  const address = (get("x-forwarded-for")?.split(",")[0] ?? get("x-real-ip") ?? "").trim();
  return address ? address.slice(0, 100) : null;
}
