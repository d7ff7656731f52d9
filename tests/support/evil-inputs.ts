import fc from "fast-check";

// Inputs that real attackers and real typists produce: injection-looking text,
// Vietnamese in NFD (combining marks) vs NFC, zero-width characters, huge strings,
// wrong types, out-of-range numbers, prototype-pollution keys.
export const evilString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "'; DROP TABLE \"Unit\";--",
    "\" OR 1=1 --",
    "<script>alert(1)</script>",
    "${7*7}{{7*7}}",
    "../../etc/passwd",
    "Nguye\u0302\u0303n Va\u0306n A",
    "Nguyễn\u200B\u200C\u200D\uFEFF",
    "\u0000\u0001",
    "𝓧𝔂𝔃 🚓",
    "00000000-0000-0000-0000-000000000000",
    "0195f1a2-0000-7000-8000-00000000000Z",
    "null",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: 10_001, max: 200_000 }).map((n) => "x".repeat(n)),
);

export const evilScalar = fc.oneof(
  evilString,
  fc.integer(),
  fc.constantFrom(-1, -0, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 31)),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);

export const evilValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, evilScalar, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(evilString, tie("value"), { maxKeys: 4 })),
})).value;

/** An object with the given keys (those an action's schema expects) set to evil values, plus stray keys. */
export function evilObject(keys: string[]) {
  return fc.record(Object.fromEntries([...keys, "__proto__", "constructor"].map((k) => [k, evilValue])), { requiredKeys: [] });
}

export const evilInput = (keys: string[]) => fc.oneof(evilValue, evilObject(keys));
