// SECURITY: cross-site request forgery. A browser attaches the session cookie to a POST sent by any page,
// including a page of another site or of another port of the same host (SameSite treats every port of a host
// as the same site), and a no-cors multipart POST needs no preflight. Browsers always send Origin on a POST, and
// a page cannot forge it. So a state-changing request that relies on the session cookie is accepted only when
// its Origin names this server: the same comparison Next.js makes for server actions (the Origin's host and port
// against X-Forwarded-Host, else Host). A missing or "null" Origin (sandboxed frames, file: pages) is refused.

/** True when the request's Origin header names the host (and port) the request was sent to. */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  return host !== "" && originHost.toLowerCase() === host.toLowerCase();
}
