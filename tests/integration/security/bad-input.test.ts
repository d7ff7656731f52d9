import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actionDefinition, runActionAs } from "@/lib/actions/define-action";
import { can, type Permission } from "@/lib/authz/permissions";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { actorOf } from "../../support/actors";
import { evilInput, leafMutations, withNfdText } from "../../support/evil-inputs";
import { writeMark } from "../../support/foreign-units";
import { nonNfcColumns } from "../../support/nfc-scan";
import { ACTION_CASES } from "./action-cases";
import { discoverActions } from "./actions";

// Issue #7 §2: every server action fed malformed, oversized, wrong-type,
// out-of-range, injection-looking and Unicode-edge input answers a clear error
// (never an unexpected one) and writes nothing. Inputs that happen to be valid
// for the schema are skipped (they are not bad input).
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
let tried = 0;

function schemaKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ["id", "value"];
}

describe("bad input to every server action", () => {
  for (const { name, action } of discoverActions()) {
    it(`${name} rejects bad input cleanly`, async () => {
      const def = actionDefinition(action)!;
      // The most capable demo account allowed to call it, so validation is reached.
      const account = DEMO_ACCOUNTS.find((a) => !def.permission || can(a.role, def.permission as Permission))!;
      const actor = await actorOf(account.username);
      await fc.assert(
        fc.asyncProperty(evilInput(schemaKeys(def.schema)), async (input) => {
          fc.pre(!def.schema.safeParse(input).success);
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

// Issue #14 §4 and #13 case 10, for every action: starting from the valid input of its isolation case, each text
// leaf with a control character (NUL among them) and each number leaf out of the int4 range must be refused as
// VALIDATION on that very field (before: UNEXPECTED, PostgreSQL 22021 / 22003), with nothing written. Then the
// valid input with decomposed (NFD) Vietnamese in every text field that takes free text goes through, and no
// stored text anywhere is left un-normalised.
describe("control characters, out-of-range integers and NFD text in every field of every action", () => {
  let mutated = 0;
  let nfdSaved = 0;
  const nfdFields: string[] = [];

  for (const { name, action } of discoverActions()) {
    it(`${name}: every text and number field`, async () => {
      const def = actionDefinition(action)!;
      const c = ACTION_CASES[name]!;
      const allowed = DEMO_ACCOUNTS.filter((a) => !def.permission || can(a.role, def.permission as Permission));
      const actor = await actorOf(allowed[0]!.username);
      const valid = await c.input(actor, actor.unitId);
      for (const { field, label, input } of leafMutations(valid)) {
        if (def.schema.safeParse(input).success) continue; // a field that is an opaque token or any number (none today)
        const before = await writeMark();
        const result = await runActionAs(action, actor, input);
        mutated++;
        expect(result.ok, label).toBe(false);
        if (!result.ok) {
          expect(result.code, `${label}: ${result.message}`).toBe("VALIDATION");
          // Passwords are hashed, never stored: refused on any of the form's password fields (e.g. "do not match").
          if (!/password/i.test(field)) expect(Object.keys(result.fieldErrors ?? {}), label).toContain(field);
        }
        expect(await writeMark(), label).toBe(before);
      }
      // NFD: the first allowed account whose own valid input succeeds.
      for (const account of allowed) {
        const a = await actorOf(account.username);
        const nfd = withNfdText(await c.input(a, a.unitId), (x) => def.schema.safeParse(x).success);
        if (nfd.fields.length === 0) break;
        const result = await runActionAs(action, a, nfd.input);
        expect(result.ok ? "OK" : result.code, result.ok ? "" : result.message).not.toBe("UNEXPECTED");
        if (result.ok) {
          await c.after?.(a);
          nfdSaved++;
          nfdFields.push(...nfd.fields.map((f) => `${name}:${f}`));
          break;
        }
      }
    });
  }

  it("leaves every stored text in NFC", async () => {
    expect(await nonNfcColumns()).toEqual([]);
  });

  afterAll(() =>
    console.log(`leaf mutations: ${mutated} control-character or out-of-range inputs refused on their field; ${nfdSaved} actions saved NFD input (${nfdFields.length} fields), all stored NFC`),
  );
});
