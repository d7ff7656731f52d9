// The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
export const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several builds (e.g. parallel test runs) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test`), once, for the whole tree.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["@node-rs/argon2", "pg", "exceljs"],
  experimental: {
    // Next hands a route the body the proxy saw, silently cut at this size (default 10 MB). Above the largest
    // upload read (lib/uploads: 10 MB + 64 KB of form), so an oversized upload reaches the route long enough to
    // be answered 413 rather than arriving cut as a broken form (tests/unit/uploads/policy.test.ts checks it).
    proxyClientMaxBodySize: 11 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
