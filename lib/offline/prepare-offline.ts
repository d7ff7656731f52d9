import { ENTRY_CACHE, SHELL_CACHE, SW_URL } from "./names";

/** Same-origin code and styles this page loaded (hashed files under /_next/static). */
function shellAssets(): string[] {
  const urls = new Set<string>();
  for (const s of document.querySelectorAll<HTMLScriptElement>("script[src]")) urls.add(s.src);
  for (const l of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="preload"][as="font"]'))
    urls.add(l.href);
  for (const e of performance.getEntriesByType("resource")) urls.add(e.name);
  return [...urls].filter((pageUrl) => {
    const url = new URL(pageUrl, location.href);
    return url.origin === location.origin && url.pathname.startsWith("/_next/static/");
  });
}

/**
 * Makes this entry page usable without a connection (issue #17 §1): registers the service worker, and when
 * `keep` (the commune's own month, open for entry) stores this page and the code it loaded in Cache Storage;
 * otherwise removes the page from the cache (a month that closed or was submitted is not kept). The page
 * stores itself because only the page knows it belongs to the signed-in commune: the service worker caches
 * no page on its own, so no other unit's page ever lands on the device. Resolves true once ready offline.
 */
export async function prepareOffline(pathname: string, keep: boolean): Promise<boolean> {
  if (!("serviceWorker" in navigator) || typeof caches === "undefined") return false;
  await navigator.serviceWorker.register(SW_URL, { scope: "/" });
  const pages = await caches.open(ENTRY_CACHE);
  if (!keep) {
    await pages.delete(pathname);
    return false;
  }
  await navigator.serviceWorker.ready;
  // A fresh copy of the page as the server renders it now (with its own CSP nonce in the stored headers).
  await pages.add(new Request(pathname, { credentials: "same-origin", cache: "no-store" }));
  const shell = await caches.open(SHELL_CACHE);
  const missing = [];
  for (const url of shellAssets()) if (!(await shell.match(url))) missing.push(url);
  await shell.addAll(missing);
  return true;
}
