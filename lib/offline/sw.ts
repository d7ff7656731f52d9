/// <reference lib="webworker" />
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from "serwist";
import { ENTRY_CACHE, isEntryPagePath, SHELL_CACHE } from "./names";

// The service worker (issue #17 §1). What it keeps, and nothing else:
// - the shell: the app's hashed code and styles under /_next/static (cache first: the names change with the content);
// - the commune's entry pages: never cached here. A navigation goes to the network; only when that fails is the
//   copy the page stored of itself (ENTRY_CACHE, see prepare-offline.ts) served. So a district or province user
//   browsing communes' pages leaves nothing of those units on the device.
// Server actions, API calls and every other request are not touched (the browser's own handling).
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: SHELL_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeFrom: "last-used" })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && isEntryPagePath(url.pathname),
      handler: new NetworkOnly({
        // A weak connection counts as none after 8 s: the stored copy is better than a spinner.
        networkTimeoutSeconds: 8,
        plugins: [
          {
            handlerDidError: async ({ request }) =>
              (await caches.open(ENTRY_CACHE)).match(new URL(request.url).pathname) ?? Response.error(),
          },
        ],
      }),
    },
  ],
});

serwist.addEventListeners();
