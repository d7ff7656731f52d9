import { NextResponse, type NextRequest } from "next/server";
import { checkServerActionRequest } from "@/lib/http/server-action-request";
import { strictTransportSecurity } from "@/lib/strict-transport";
import { isProduction, publicUrl } from "@/lib/env";

/**
 * Server action requests (POST with a `Next-Action` header) are checked here first: Next.js 16 answers a
 * foreign Origin, a body over its limit and a body it cannot decode with HTTP 500, and has no option to answer
 * 4xx instead, so those are refused here with 403, 413 or 400 (lib/http/server-action-request.ts).
 *
 * A fresh nonce per request for the Content-Security-Policy: Next's own inline
 * hydration scripts carry it, any injected script does not, so an XSS payload
 * cannot run even if some text reached the page unescaped. (All pages render
 * dynamically, as nonces require.) Framing is refused (clickjacking).
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await checkServerActionRequest(request);
    if (refusal)
      return NextResponse.json(
        { ok: false, code: refusal.status === 403 ? "FORBIDDEN" : "VALIDATION", message: refusal.message },
        { status: refusal.status },
      );
  }
  const nonce = btoa(crypto.randomUUID());
  const isDev = !isProduction();
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The offline entry's service worker (/serwist/sw.js, issue #17): same origin only, stated explicitly since
    // 'strict-dynamic' in script-src would otherwise decide for workers, differently per browser.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(publicUrl());
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
