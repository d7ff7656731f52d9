import { createSerwistRoute } from "@serwist/turbopack";

// The service worker of offline monthly entry (issue #17), bundled by Serwist's Turbopack route at
// `next build` and served as a static file at /serwist/sw.js (scope "/" through Service-Worker-Allowed).
// Only the icons and the manifest are precached: pages are cached by the entry page itself (see
// lib/offline/prepare-offline.ts), code and styles at run time (lib/offline/sw.ts).
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/sw.ts",
  useNativeEsbuild: true,
  globDirectory: "public",
  globPatterns: ["icons/*.png"],
  // Files of public/ are served from the site root, not from /serwist/.
  modifyURLPrefix: { "": "/" },
  injectionPoint: "self.__SW_MANIFEST",
  // Like the rest of the production build: no source maps served.
  esbuildOptions: { sourcemap: false },
});
