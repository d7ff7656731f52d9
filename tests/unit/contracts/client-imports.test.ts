// Issue #16 §1: client components ("use client") never import server code: not lib/server, not a module marked
// server-only, neither directly nor through anything they import within the repository (type imports included:
// a type from lib/server ties the browser's code to a server module's shape). Forms take their schemas from
// lib/contracts, which holds zod and types only.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx"];

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && EXTENSIONS.some((x) => e.name.endsWith(x)))
      .filter((e) => !e.parentPath.includes("lib/generated"))
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name))),
  );
}

const sources = new Map<string, string>();
function read(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(path.join(ROOT, file), "utf8"));
  return sources.get(file)!;
}

const FROM = String.raw`(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']`;
const DYNAMIC = String.raw`import\(\s*["']([^"']+)["']\s*\)`;
const SIDE_EFFECT = String.raw`(?:^|\n)\s*import\s+["']([^"']+)["']`;
const IMPORT = new RegExp(`${FROM}|${DYNAMIC}|${SIDE_EFFECT}`, "g");

/** The modules a file imports (static, re-exports, side effects, dynamic import()). */
function importsOf(file: string): string[] {
  return [...read(file).matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** A specifier resolved to a repository file ("@/…" or relative), or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(ROOT, path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, ...EXTENSIONS.map((x) => base + x), ...EXTENSIONS.map((x) => path.join(base, "index" + x))];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(ROOT, candidate);
  }
  return null;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(read(file));
// A "use server" module (actions.ts) reaches the browser as references to its functions, never as code: the walk
// stops there (its own imports are server code by design).
const isServerActions = (file: string) => /^\s*["']use server["']/.test(read(file));

/** For each client component, the chains of imports that reach lib/server or server-only. */
function serverImports(): string[] {
  const problems = new Set<string>();
  for (const entry of sourceFiles().filter(isClient)) {
    const seen = new Set<string>([entry]);
    const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [entry] }];
    while (queue.length) {
      const { file, chain } = queue.shift()!;
      for (const specifier of importsOf(file)) {
        if (specifier === "server-only" || specifier.startsWith("@/lib/server/")) {
          problems.add([...chain, specifier].join(" → "));
          continue;
        }
        const target = resolve(file, specifier);
        if (target?.startsWith("lib/server/")) problems.add([...chain, target].join(" → "));
        else if (target && !seen.has(target) && !isServerActions(target)) {
          seen.add(target);
          queue.push({ file: target, chain: [...chain, target] });
        }
      }
    }
  }
  return [...problems].sort();
}

describe("client components and server code", () => {
  it("finds client components and follows their imports (the walk works)", () => {
    const clients = sourceFiles().filter(isClient);
    expect(clients).toContain("components/users/create-user-form.tsx");
    expect(importsOf("components/users/create-user-form.tsx")).toContain("@/lib/contracts/users/create-user");
    const resolved = resolve("components/users/create-user-form.tsx", "@/lib/contracts/users/create-user");
    expect(resolved).toBe("lib/contracts/users/create-user.ts");
  });

  it("no client component imports lib/server or server-only, directly or through its imports", () => {
    expect(serverImports()).toEqual([]);
  });
});
