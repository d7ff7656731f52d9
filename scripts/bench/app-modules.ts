/**
 * Loads the app's own server modules (dashboard loaders, use cases) into this plain Node process, so the
 * benchmark can time the queries the app runs and accept a report through the real use case.
 * Run with `--conditions=react-server` (so that `import "server-only"` resolves to its empty module).
 * One interop fix: Next's bundler gives `import X from "next-auth/providers/credentials"` (CommonJS with
 * `exports.default`) its default export, plain Node ESM gives the module object; a module hook serves
 * that one file as an ES module re-exporting the default.
 */
import { register } from "node:module";

const HOOKS = `
export async function load(url, context, nextLoad) {
  if (/\\/next-auth\\/providers\\/credentials\\.js$/.test(url)) {
    const path = new URL(url).pathname;
    return {
      format: "module",
      shortCircuit: true,
      source: "import { createRequire } from 'node:module'; const m = createRequire(" + JSON.stringify(url) + ")(" + JSON.stringify(path) + "); export default m.default ?? m;",
    };
  }
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);

export const appModules = async () => ({
  actor: await import("../../lib/authz/actor"),
  filters: await import("../../lib/server/dashboards/filters"),
  trends: await import("../../lib/server/dashboards/get-trends"),
  ranking: await import("../../lib/server/dashboards/get-ranking"),
  home: await import("../../lib/server/dashboards/get-dashboard-home"),
  accept: await import("../../lib/server/monthly/accept-monthly-report"),
  db: await import("../../lib/db"),
});
