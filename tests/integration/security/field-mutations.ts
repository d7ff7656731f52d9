import { expect } from "vitest";
import { actionContract, runActionAs } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/actor";
import { leafMutations, withNfdText } from "../../support/evil-inputs";
import { writeMark } from "../../support/foreign-units";

// Issue #14 §4 and #13 case 10, for every action, on the valid input of its isolation case (action-cases.ts):
// each text field with a control character (NUL among them) and each number out of the int4 range is refused as
// VALIDATION on that very field (before: UNEXPECTED, PostgreSQL 22021 / 22003), with nothing written; and the
// valid input is sent with decomposed (NFD) Vietnamese in every free-text field, which must be stored NFC
// (tests/support/nfc-scan.ts). These run inside the tenancy matrix because the case inputs create fixtures from
// per-file sequences: calling them from another test file would hand out the same "fresh" years twice.

export const mutationStats = { refused: 0, nfdFields: 0 };

/** Each field of `valid`, mutated one at a time, is refused on that field and writes nothing. */
export async function expectEveryFieldRefusesBadValues(action: unknown, actor: Actor, valid: unknown): Promise<void> {
  const { input: schema } = actionContract(action)!;
  for (const { field, label, input } of leafMutations(valid)) {
    // Only a password (hashed, never stored) or an uploaded file's base64 (decoded, never stored as text) may take
    // any text; every other field must refuse the value (a skip here hid NUL in the unit search and committee name).
    if (/password|fileBase64/i.test(field) && schema.safeParse(input).success) continue;
    const before = await writeMark();
    const result = await runActionAs(action as never, actor, input);
    mutationStats.refused++;
    expect(result.ok, label).toBe(false);
    if (!result.ok) {
      expect(result.code, `${label}: ${result.message}`).toBe("VALIDATION");
      // Passwords are hashed, never stored: refused on any of the form's password fields (e.g. "do not match").
      // A text split into lines (e.g. the issuer's lines) is refused on the line: "issuerLines.0" is that field.
      const onField = Object.keys(result.fieldErrors ?? {}).filter(
        (key) => key === field || key.startsWith(`${field}.`),
      );
      if (!/password/i.test(field))
        expect(onField, `${label}: ${Object.keys(result.fieldErrors ?? {})}`).not.toHaveLength(0);
    }
    expect(await writeMark(), label).toBe(before);
  }
}

/** `valid` with NFD Vietnamese appended to every free-text field the schema still accepts (passwords left alone). */
export function withNfdFields(action: unknown, valid: unknown): unknown {
  const { input: schema } = actionContract(action)!;
  const { input, fields } = withNfdText(
    valid,
    (x) => schema.safeParse(x).success,
    (path) => !/password/i.test(path),
  );
  mutationStats.nfdFields += fields.length;
  return input;
}
