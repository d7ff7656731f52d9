import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { actionContract, runActionAs } from "@/lib/actions/define-action";
import { can } from "@/lib/authz/permissions";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { actorOf } from "../../support/actors";
import { evilInput } from "../../support/evil-inputs";
import { writeMark } from "../../support/foreign-units";
import { discoverActions } from "./actions";

// Issue #7 §2: every server action fed malformed, oversized, wrong-type,
// out-of-range, injection-looking and Unicode-edge input answers a clear error
// (never an unexpected one) and writes nothing. Inputs that happen to be valid
// for the schema are skipped (they are not bad input). Control characters, out-of-range integers and NFD text in
// each field of each action's valid input: tenancy-matrix.test.ts (field-mutations.ts), where those inputs are made.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
let tried = 0;

function schemaKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ["id", "value"];
}

describe("bad input to every server action", () => {
  for (const { name, action } of discoverActions()) {
    it(`${name} rejects bad input cleanly`, async () => {
      // Permission and input schema from the action's contract (lib/contracts).
      const contract = actionContract(action)!;
      // The most capable demo account allowed to call it, so validation is reached.
      const account = DEMO_ACCOUNTS.find((a) => !contract.permission || can(a.role, contract.permission))!;
      const actor = await actorOf(account.username);
      await fc.assert(
        fc.asyncProperty(evilInput(schemaKeys(contract.input)), async (input) => {
          fc.pre(!contract.input.safeParse(input).success);
          const before = await writeMark();
          const result = await runActionAs(action, actor, input);
          tried++;
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(["VALIDATION", "NOT_FOUND"]).toContain(result.code);
            expect(result.message.length).toBeGreaterThan(0);
          }
          expect(await writeMark()).toBe(before);
        }),
        { numRuns: RUNS, seed: 20261121 },
      );
    });
  }

  afterAll(() => console.log(`bad input: ${tried} malformed inputs tried, all refused cleanly, nothing written`));
});
