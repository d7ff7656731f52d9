// No "server-only" import: command-line scripts (tsx, without the react-server condition) load it through lib/audit.ts.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { RequestSource } from "@/lib/generated/prisma/enums";

/** The request being served: an id made at the wrapper's first line, and where the request came from. */
export type RequestContext = { requestId: string; source: RequestSource };

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `run` inside a request context. The wrappers call it first (`defineAction`: ACTION, `sessionRoute`:
 * SESSION_ROUTE, `apiRoute`: API, command-line scripts: SCRIPT), so every audit entry written and every error logged
 * while serving the request carries its id (`writeAudit`, `unexpectedErrorId`) without the use cases passing it on.
 * Inside a context already open (a script running an action), the outer one is kept: one id for the whole run.
 */
export function withRequestContext<T>(source: RequestSource, run: () => T): T {
  if (storage.getStore()) return run();
  return storage.run({ requestId: randomUUID(), source }, run);
}

/** The request being served, or undefined outside any wrapper. */
export const currentRequest = (): RequestContext | undefined => storage.getStore();

/**
 * Logs an unexpected error with the request's id and returns the code the user sees ("Lỗi ngoài dự kiến (mã …)"):
 * the first 8 characters of the request id, enough to find the log line and the request's audit entries.
 */
export function logUnexpectedError(label: string, error: unknown): string {
  const requestId = currentRequest()?.requestId ?? randomUUID();
  console.error(`[${label} ${requestId}]`, error);
  return requestId.slice(0, 8);
}
