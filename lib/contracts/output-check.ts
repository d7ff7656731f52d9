import { z } from "zod";

// Outputs are checked against their contract's schema at type level always (the body must return the schema's type)
// and at run time only when a test suite turns it on: in production a mismatch would turn a saved change into an
// error message after the transaction committed, and the data is never reshaped by the check (extra keys pass).

let checking = false;

/** Turns the run-time output check on (the integration suites' setup) or off. */
export function checkOutputs(on = true): void {
  checking = on;
}

/** Throws if checks are on and `data` does not match `schema`; `label` names the operation in the message. */
export function assertOutput(schema: z.ZodType | null, data: unknown, label: string): void {
  if (!checking || !schema) return;
  const result = schema.safeParse(data);
  if (result.success) return;
  throw new Error(`output of "${label}" does not match its contract:\n${z.prettifyError(result.error)}`);
}
