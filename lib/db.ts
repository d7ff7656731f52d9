import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { getEnv } from "@/lib/env";

const globalForDb = globalThis as unknown as { __db?: Db };

function client(): Db {
  return (globalForDb.__db ??= createPrismaClient(getEnv().DATABASE_URL));
}

// Created on first use, not on import: `next build` imports modules without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const prisma = client();
    const value = Reflect.get(prisma, prop);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

/** The client handed to `$transaction` callbacks. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
