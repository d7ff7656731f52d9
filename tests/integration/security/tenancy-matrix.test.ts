import { afterAll, describe, expect, it } from "vitest";
import { runActionAs } from "@/lib/actions/define-action";
import { can, type Permission } from "@/lib/authz/permissions";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { actorOf } from "../../support/actors";
import { unitFor, writeMark, type Relation } from "../../support/foreign-units";
import { nonNfcColumns } from "../../support/nfc-scan";
import { ACTION_CASES } from "./action-cases";
import { discoverActions } from "./actions";
import { expectEveryFieldRefusesBadValues, mutationStats, withNfdFields } from "./field-mutations";

// Issue #7 §1 (and #2 §3): generated from the permission matrix — every server action,
// called as every role, on a record of its own subtree and on records of foreign units
// (sibling, another district, another province). Own: allowed or refused exactly as the
// matrix says. Foreign: "not found", nothing written.
const actions = discoverActions();
const RELATIONS: Relation[] = ["own", "sibling", "otherDistrict", "otherProvince"];
let cases = 0;
const outcomes: Record<string, number> = {};
const ownOutcomes = new Map<string, Set<string>>(); // action → codes of its allowed own calls
const fieldsChecked = new Set<string>(); // actions whose fields were mutated (once, on the first allowed own call)

describe("tenant isolation generated from the permission matrix", () => {
  it("every server action has an isolation case", () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((a) => a.name).filter((n) => !ACTION_CASES[n])).toEqual([]);
  });

  for (const { name, action, permission } of actions) {
    for (const account of DEMO_ACCOUNTS) {
      it(`${name} as ${account.role} (${account.username})`, async () => {
        const actor = await actorOf(account.username);
        const allowed = !permission || can(actor.role, permission as Permission);
        const c = ACTION_CASES[name];
        for (const relation of c.selfOnly ? (["own"] as Relation[]) : RELATIONS) {
          const unit = await unitFor(actor, relation);
          if (!unit) continue;
          let input = await c.input(actor, unit.id);
          if (allowed && relation === "own") {
            // Issue #14 §4, #13 case 10 (field-mutations.ts): bad values in each field first (refused, the fixture
            // stays valid), then the call itself with NFD text in every free-text field.
            if (!fieldsChecked.has(name)) await expectEveryFieldRefusesBadValues(action, actor, input);
            fieldsChecked.add(name);
            input = withNfdFields(action, input);
          }
          const before = await writeMark();
          const result = await runActionAs(action, actor, input);
          if (result.ok) await c.after?.(actor);
          cases++;
          const code = result.ok ? "OK" : result.code;
          const kind = `${relation === "own" ? "own" : "foreign"} ${code}`;
          outcomes[kind] = (outcomes[kind] ?? 0) + 1;
          if (allowed && relation === "own") ownOutcomes.set(name, (ownOutcomes.get(name) ?? new Set()).add(code));
          expect(code, `${relation}: ${result.ok ? "" : result.message}`).not.toBe("UNEXPECTED");
          if (!allowed) {
            expect(code, relation).toBe("FORBIDDEN");
            expect(await writeMark(), `${relation}: nothing written`).toBe(before);
          } else if (relation !== "own") {
            expect(code, relation).toBe("NOT_FOUND");
            expect(await writeMark(), `${relation}: nothing written`).toBe(before);
          } else {
            expect(["OK", "VALIDATION", "CONFLICT"], relation).toContain(code);
          }
        }
      });
    }
  }

  // Refusals alone would pass with an action that always refuses: each action the matrix allows to
  // some role must also succeed on that role's own subtree at least once.
  it("every action allowed to a role succeeds on its own subtree", () => {
    const neverOk = [...ownOutcomes]
      .filter(([, codes]) => !codes.has("OK"))
      .map(([n, codes]) => `${n} (${[...codes].join("/")})`);
    expect(neverOk).toEqual([]);
  });

  // Issue #13 case 10: after every action took NFD text, no stored text anywhere is un-normalised.
  it("every stored text is NFC", async () => {
    expect(await nonNfcColumns()).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `field mutations: ${fieldsChecked.size} actions, ${mutationStats.refused} control-character or out-of-range values refused on their field, ${mutationStats.nfdFields} NFD fields sent`,
    );
    console.log(
      `tenancy matrix: ${actions.length} actions × ${DEMO_ACCOUNTS.length} accounts, ${cases} calls checked (${Object.entries(
        outcomes,
      )
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join(", ")})`,
    );
    console.log(
      `tenancy matrix: allowed path succeeded for ${[...ownOutcomes.values()].filter((codes) => codes.has("OK")).length} of ${ownOutcomes.size} allowed actions`,
    );
  });
});
