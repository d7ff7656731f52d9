import { describe, expect, it } from "vitest";
import { actionContract } from "@/lib/actions/define-action";
import { isActionContract, type ActionContract } from "@/lib/contracts/define-contract";
import { ROUTE_CONTRACTS } from "@/lib/contracts/routes";
import { apiRouteContract } from "@/lib/server/api/http";
import { sessionRouteContract } from "@/lib/server/http/session-route";

// Issue #16 §1: one contract per operation (lib/contracts/<feature>/<verb-noun>.ts). Every export of an actions file
// is an action made by defineAction from a contract; every action contract is used by exactly one action; every
// route handler made by apiRoute or sessionRoute carries the contract registered for its method and path.
// (tests/unit/contracts/route-contracts.test.ts: every route file has a contract, OpenAPI lists the /api/v1 ones.)

const actionModules = import.meta.glob<Record<string, unknown>>("/app/**/actions.ts", { eager: true });
const contractModules = import.meta.glob<Record<string, unknown>>("/lib/contracts/**/*.ts", { eager: true });
const routeModules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts", { eager: true });

describe("operation contracts", () => {
  const used = new Map<ActionContract, string[]>();
  for (const [file, mod] of Object.entries(actionModules)) {
    for (const [name, value] of Object.entries(mod)) {
      const contract = actionContract(value);
      if (contract) used.set(contract, [...(used.get(contract) ?? []), `${file}#${name}`]);
    }
  }

  it("every exported server action is made by defineAction from a contract", () => {
    const without = Object.entries(actionModules).flatMap(([file, mod]) =>
      Object.entries(mod)
        .filter(([, value]) => !actionContract(value))
        .map(([name]) => `${file}#${name}`),
    );
    expect(Object.keys(actionModules).length).toBeGreaterThan(10);
    expect(without).toEqual([]);
  });

  it("every action contract of lib/contracts is used by one action, and every action's contract is there", () => {
    const declared = new Map<ActionContract, string>();
    for (const [file, mod] of Object.entries(contractModules)) {
      for (const [name, value] of Object.entries(mod)) {
        if (isActionContract(value)) declared.set(value, `${file}#${name}`);
      }
    }
    const notOnce = [...declared].filter(([c]) => (used.get(c) ?? []).length !== 1);
    expect(notOnce.map(([c, n]) => `${n}: ${used.get(c)?.join(", ") ?? "unused"}`)).toEqual([]);
    expect([...used].filter(([c]) => !declared.has(c)).map(([, names]) => names.join(", "))).toEqual([]);
    expect(declared.size).toBe(used.size);
  });

  it("each route handler carries the contract registered for its method and path", () => {
    const mismatches: string[] = [];
    let wrapped = 0;
    for (const [file, mod] of Object.entries(routeModules)) {
      const path = file
        .replace(/^\/app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\[([.\w]+)\]/g, "{$1}");
      for (const [method, handler] of Object.entries(mod)) {
        const contract = apiRouteContract(handler) ?? sessionRouteContract(handler);
        if (!contract) continue;
        wrapped++;
        const registered = ROUTE_CONTRACTS.find((c) => c.method === method && c.path === path);
        if (contract !== registered) mismatches.push(`${method} ${path}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The 13 data API handlers and the 3 uploads.
    const isUpload = (c: (typeof ROUTE_CONTRACTS)[number]) => c.auth === "session" && c.method === "POST";
    const wrappable = ROUTE_CONTRACTS.filter((c) => c.auth === "bearer" || isUpload(c));
    expect(wrapped).toBe(wrappable.length);
  });
});
