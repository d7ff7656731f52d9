import fc from "fast-check";

// Inputs that real attackers and real typists produce: injection-looking text,
// Vietnamese in NFD (combining marks) vs NFC, zero-width characters, huge strings,
// wrong types, out-of-range numbers, prototype-pollution keys.
export const evilString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    '\'; DROP TABLE "Unit";--',
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "${7*7}{{7*7}}",
    "../../etc/passwd",
    "Nguye\u0302\u0303n Va\u0306n A",
    "Nguyễn\u200B\u200C\u200D\uFEFF",
    "\u0000\u0001",
    "a\u0000b",
    "chuông\u0007 \u001b[31mđỏ\u001b[0m",
    "xóa\u007f\u0085\u009f",
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
  fc.constantFrom(-1, -0, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);

export const evilValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    evilScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(evilString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** An object with the given keys (those an action's schema expects) set to evil values, plus stray keys. */
export function evilObject(keys: string[]) {
  return fc.record(Object.fromEntries([...keys, "__proto__", "constructor"].map((k) => [k, evilValue])), {
    requiredKeys: [],
  });
}

export const evilInput = (keys: string[]) => fc.oneof(evilValue, evilObject(keys));

// ---- Targeted mutations of a valid input (issue #14 §4): one leaf at a time, so every field is reached ----

/** Control characters a text field must refuse (PostgreSQL cannot store NUL: error 22021; the rest are never typed). */
export const CONTROL_CHARS = ["\u0000", "\u0001", "\u0007", "\u000b", "\u001b", "\u007f", "\u0085"];
/** Integers outside a PostgreSQL int4 column (2147483648 reached it as error 22003) and beyond. */
export const OUT_OF_RANGE_INTS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53];
/** Vietnamese typed in decomposed form (NFD): must be stored NFC. */
export const NFD_TEXT = "Nguyễn Văn Đông ghi chú".normalize("NFD");

type Path = (string | number)[];
type Leaf = { path: Path; value: string | number };

/** Every string and number in a JSON-like value, with its path (arrays and plain objects are walked). */
export function leaves(value: unknown, path: Path = []): Leaf[] {
  if (typeof value === "string" || typeof value === "number") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function setAt<T>(value: T, path: Path, leaf: unknown): T {
  if (path.length === 0) return leaf as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, leaf);
  return copy as T;
}

/**
 * The hostile variants of a valid input, one leaf at a time: each string with each control character inserted,
 * each number replaced by each out-of-range integer. `field` is the leaf's path as the field errors name it.
 */
export function leafMutations(valid: unknown): { field: string; label: string; input: unknown }[] {
  return leaves(valid).flatMap(({ path, value }) => {
    const field = path.join(".");
    if (typeof value === "number")
      return OUT_OF_RANGE_INTS.map((n) => ({ field, label: `${field}=${n}`, input: setAt(valid, path, n) }));
    return CONTROL_CHARS.map((c) => ({
      field,
      label: `${field} with U+${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      input: setAt(valid, path, `${value.slice(0, 1)}${c}${value.slice(1)}`),
    }));
  });
}

/**
 * A valid input with NFD Vietnamese appended to every string leaf where the result is still valid (`accepts`),
 * skipping the fields `include` declines (by their path "a.b.0").
 */
export function withNfdText(
  valid: unknown,
  accepts: (input: unknown) => boolean,
  include: (field: string) => boolean = () => true,
) {
  let input = valid;
  const fields: string[] = [];
  for (const { path, value } of leaves(valid)) {
    if (typeof value !== "string" || !include(path.join("."))) continue;
    const next = setAt(input, path, `${value} ${NFD_TEXT}`);
    if (accepts(next)) {
      input = next;
      fields.push(path.join("."));
    }
  }
  return { input, fields };
}
