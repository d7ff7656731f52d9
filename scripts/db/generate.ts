/**
 * Usage: tsx scripts/db/generate.ts [extra prisma generate args]
 * Runs `prisma generate` offline. Prisma checks that its native schema engine
 * exists (and tries to download it) although the Rust-free `prisma-client`
 * generator never runs it; when no native engine is installed we point
 * PRISMA_SCHEMA_ENGINE_BINARY at an existing placeholder file (this script),
 * which generate does not execute. See /work/shared/prisma-offline.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "../..");

function nativeEngineInstalled(): boolean {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured) return existsSync(configured);
  const dirs = [path.join(root, "node_modules/@prisma/engines"), path.join(root, "node_modules/prisma")];
  return dirs.some((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.startsWith("schema-engine-")));
}

const env = { ...process.env };
if (!nativeEngineInstalled()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = here;
}

const bin = path.join(root, "node_modules/.bin/prisma");
const result = spawnSync(bin, ["generate", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error(result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
