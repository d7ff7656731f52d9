import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { assertOutput, checkOutputs } from "@/lib/contracts/output-check";

// Issue #16 §1: outputs are checked against their contract at run time only when a suite turns it on (the
// integration suites do, in tests/support/setup-env.ts), and the data is never reshaped.
describe("output check", () => {
  afterEach(() => checkOutputs(false));
  const schema = z.object({ id: z.string() });

  it("is off unless turned on", () => {
    expect(() => assertOutput(schema, { id: 1 }, "x")).not.toThrow();
  });

  it("when on, refuses an output that does not match, naming the operation", () => {
    checkOutputs();
    const check = () => assertOutput(schema, { id: 1 }, "Creates an account");
    expect(check).toThrow(/output of "Creates an account" does not match/);
  });

  it("when on, lets extra keys through and leaves the data as it is", () => {
    checkOutputs();
    const data = { id: "a", extra: 1 };
    expect(() => assertOutput(schema, data, "x")).not.toThrow();
    expect(data).toEqual({ id: "a", extra: 1 });
  });

  it("a download (no output schema) is not checked", () => {
    checkOutputs();
    expect(() => assertOutput(null, new Uint8Array(1), "x")).not.toThrow();
  });
});
