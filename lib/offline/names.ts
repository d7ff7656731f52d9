/**
 * Names shared by the page code and the service worker (issue #17). One place, so that sign-out can
 * delete exactly what offline entry stored on the device.
 */

/** Code and styles of the app (hashed, immutable files under /_next/static and /fonts): no unit's data. */
export const SHELL_CACHE = "bcd-shell-v1";
/** The commune's own entry pages for its open months, put there by the page itself (see prepare-offline.ts). */
export const ENTRY_CACHE = "bcd-entry-pages-v1";
/** Every cache offline entry writes: sign-out deletes them all. */
export const OFFLINE_CACHES = [SHELL_CACHE, ENTRY_CACHE] as const;
/** IndexedDB database holding typed drafts and queued saves. */
export const OFFLINE_DB = "bcd-offline";
/** URL of the service worker (served by app/serwist/[path]/route.ts); its scope is the whole app. */
export const SW_URL = "/serwist/sw.js";

/** True for a monthly entry page path: /monthly/<commune uuid>/<yyyy>/<m>. */
export function isEntryPagePath(pathname: string): boolean {
  return /^\/monthly\/[0-9a-f-]{36}\/\d{4}\/\d{1,2}$/.test(pathname);
}

/**
 * Storage key of one user's month of one commune on this device, e.g. "u1|c1|2026-11". The user is part of
 * the key so that a colleague signing in on the same phone never picks up someone else's unsent figures.
 */
export function reportKey(userId: string, communeId: string, year: number, month: number): string {
  return `${userId}|${communeId}|${year}-${month}`;
}
