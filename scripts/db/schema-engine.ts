/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm),
 * loaded by hand in Node. The native schema engine used by the Prisma CLI
 * cannot be downloaded on this offline machine (see /work/shared/prisma-offline.md).
 *
 * The package is wasm-bindgen output "for bundlers" (its entry does
 * `import * as wasm from "./schema_engine_bg.wasm"`), which Node cannot import.
 * So: import the JS glue `schema_engine_bg.js` by file URL, instantiate the
 * .wasm with that module as its import object, then hand the exports back to
 * the glue and run the wasm start function.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm";

export type { SchemaEngine };

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface SchemaFile {
  /** Path used by the engine in error messages, e.g. "prisma/schema.prisma". */
  path: string;
  content: string;
}

type EngineModule = typeof SchemaEngineWasm;

let modulePromise: Promise<EngineModule> | null = null;
const pendingTimers = new Set<NodeJS.Timeout>();
let runningEngines = 0;

/** Directory of the installed @prisma/schema-engine-wasm package. */
function packageDir(): string {
  // The exports map hides package.json, but "." resolves to schema_engine.js at the package root.
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("@prisma/schema-engine-wasm"));
}

async function instantiate(): Promise<EngineModule> {
  const dir = packageDir();
  const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  // The engine arms timers (e.g. 10 s timeouts around database calls) and never
  // clears them, which would keep a finished script alive: track them, and
  // clear those left over once no engine is running (see withSchemaEngine).
  const imports: Record<string, unknown> = { ...glue };
  for (const key of Object.keys(glue)) {
    if (!key.startsWith("__wbg_setTimeout_")) continue;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms >>> 0);
      pendingTimers.add(timer);
      return timer;
    };
  }
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/** The wasm module, instantiated once per process. */
export function loadSchemaEngineModule(): Promise<EngineModule> {
  modulePromise ??= instantiate().catch((error: unknown) => {
    modulePromise = null;
    throw error;
  });
  return modulePromise;
}

/**
 * A stand-in "database" for schema-to-schema diffs. The engine connects eagerly
 * and asks for the server version once; nothing else is ever sent for such a
 * diff. Any other query fails loudly instead of silently returning nothing.
 */
function offlineAdapter() {
  const refuse = (what: string) => () =>
    Promise.reject(new Error(`no database connection (withSchemaEngine(null, ...)): ${what}`));
  return {
    provider: "postgres" as const,
    adapterName: "offline",
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    queryRaw: async (query: SqlQuery): Promise<SqlResultSet> => {
      if (query.sql.startsWith("SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1), version()")) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5 /* Boolean */, 7 /* Text */, 0 /* Int32 */],
          rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
        };
      }
      return refuse(`queryRaw ${query.sql.slice(0, 80)}`)();
    },
    executeRaw: refuse("executeRaw"),
    executeScript: refuse("executeScript"),
    startTransaction: refuse("startTransaction"),
    dispose: async () => {},
  };
}

function offlineAdapterFactory() {
  return {
    provider: "postgres" as const,
    adapterName: "offline",
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  };
}

/**
 * PrismaPg's executeScript splits the script on every ";" and runs the pieces
 * one by one, which breaks any migration with a semicolon inside a string,
 * comment or $$-quoted function body (e.g. a PL/pgSQL trigger). Send the script
 * whole instead, as one simple-protocol query, which is what the native schema
 * engine does: PostgreSQL runs the statements in one implicit transaction.
 */
function withWholeScripts<A extends object>(adapter: A, pool: pg.Pool): A {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  return Object.assign(adapter, {
    executeScript: async (script: string): Promise<void> => {
      try {
        await pool.query(script);
      } catch (error) {
        onError(error);
      }
    },
  });
}

/**
 * JS exceptions thrown inside the adapter reach us as "External error id#N";
 * the original error is kept in the bound factory's error registry.
 */
function explainEngineError(error: unknown, factory: unknown): unknown {
  const match = error instanceof Error ? /External error id#(\d+)/.exec(error.message) : null;
  const registry = (factory as { errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } })
    .errorRegistry;
  if (!match || !registry) return error;
  const original = registry.consumeError(Number(match[1]))?.error;
  if (!original) return error;
  return new Error(
    `${(error as Error).message.trim()}: ${original instanceof Error ? original.message : String(original)}`,
    { cause: original },
  );
}

/**
 * Runs `fn` with a fresh schema engine connected (through @prisma/adapter-pg)
 * to `connectionString`, or to no database at all when it is null (for
 * schema-to-schema diffs). All pg connections and the engine are released
 * afterwards, so a script can exit on its own.
 */
export async function withSchemaEngine<T>(
  connectionString: string | null,
  schemaFiles: SchemaFile[],
  fn: (engine: SchemaEngine) => Promise<T>,
  options: { log?: (message: string) => void } = {},
): Promise<T> {
  const mod = await loadSchemaEngineModule();
  let pool: pg.Pool | null = null;
  const adapters: { dispose(): Promise<unknown> }[] = [];
  let factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;
  if (connectionString === null) {
    factory = bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory() as unknown as PrismaPg);
  } else {
    // Our own pool, so that we (not the engine) decide when connections close.
    // One connection, like the native engine: session state (advisory lock,
    // SET ...) stays on one session, and PGlite (a single session) is happy.
    pool = new pg.Pool({ connectionString, max: 1 });
    pool.on("error", () => {
      /* idle client errors (e.g. server restart) are not fatal here */
    });
    const raw = new PrismaPg(pool);
    // Track every adapter the engine opens, to dispose those it leaves open.
    const tracking = {
      adapterName: raw.adapterName,
      provider: raw.provider,
      connect: async () => {
        const adapter = await raw.connect();
        adapters.push(adapter);
        return withWholeScripts(adapter, pool!);
      },
      connectToShadowDb: async () => {
        const adapter = await raw.connectToShadowDb();
        adapters.push(adapter);
        return adapter;
      },
    } as unknown as PrismaPg;
    factory = bindMigrationAwareSqlAdapterFactory(tracking);
  }
  const log = options.log ?? (() => {});

  let engine: SchemaEngine | null = null;
  runningEngines++;
  try {
    engine = await mod.SchemaEngine.new(
      { datamodels: schemaFiles.map((f) => [f.path, f.content] as [string, string]) },
      (message: string) => log(message),
      factory,
    );
    return await fn(engine);
  } catch (error) {
    throw explainEngineError(error, factory);
  } finally {
    try {
      engine?.free();
    } catch {
      /* already freed */
    }
    for (const adapter of adapters) {
      await adapter.dispose().catch(() => {});
    }
    await pool?.end().catch(() => {});
    if (--runningEngines === 0) {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
    }
  }
}
