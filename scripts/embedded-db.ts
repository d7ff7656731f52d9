import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/** Extensions the migrations create (unit search: unaccent and pg_trgm, migration unit_search). */
export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

/**
 * Starts the embedded PostgreSQL (PGlite, compiled to WebAssembly) on a local
 * port, so the app reaches it through the same PrismaPg adapter as a real server.
 * PGlite is a single session: concurrent connections are served one at a time.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number) {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  const server = new PGLiteSocketServer({ db: pg, port, host: "127.0.0.1", maxConnections: 50 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pg.close();
    },
  };
}
