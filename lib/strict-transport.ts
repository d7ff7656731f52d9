/**
 * Issue #14 finding 10 (ASVS V14.4.5): the `Strict-Transport-Security` value when the app is served over
 * https, i.e. when its public address `NEXTAUTH_URL` starts with https:// (read per request, so one build
 * serves both a plain-http test and an https deployment). Returns null over plain http, where browsers
 * ignore the header and a local test must stay reachable. One year, sub-domains included.
 */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
