import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { revalidate } from "./revalidate";

/**
 * An action body that runs a use case taking `{ actor, input }` and then refreshes the pages that show what it
 * changed (`revalidate`: a path ending in "/*" refreshes the layout below it). Returns the use case's result.
 */
export function thenRevalidate<I, R>(run: (options: { actor: Actor; input: I }) => Promise<R>, ...paths: string[]) {
  return async (actor: Actor, input: I): Promise<R> => {
    const result = await run({ actor, input });
    revalidate(...paths);
    return result;
  };
}
