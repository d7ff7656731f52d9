import { z } from "zod";
import viLocale from "zod/v4/locales/vi.js";
import { input as text } from "@/lib/i18n/vi/input";
import { parseDay } from "@/lib/format";

// Shared zod primitives of every form, server action and API body (issue #14 §4, #13 case 10).
// Client-safe: no server-only import, so forms validate with the very same rules as the server.

// Zod's own messages (wrong type, too small, …) in Vietnamese, in every process that validates:
// the server (actions, API routes) and the browser (forms import their schemas, which import this file).
// Limits are worded here: zod's `vi` locale names the JavaScript type ("Quá nhỏ: mong đợi number >=1").
const zodVietnamese = viLocale();
const viNumber = (n: number | bigint) => n.toLocaleString("vi-VN");

/** A length or value limit in plain Vietnamese (string → ký tự, array → mục, number → giá trị); else undefined. */
function limitMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "too_small" && issue.code !== "too_big") return undefined;
  const small = issue.code === "too_small";
  const bound = small ? issue.minimum : issue.maximum;
  if (typeof bound !== "number" && typeof bound !== "bigint") return undefined;
  const limit = viNumber(bound);
  switch (issue.origin) {
    case "string":
      if (small) return Number(bound) <= 1 ? "Không được để trống." : `Tối thiểu ${limit} ký tự.`;
      return `Tối đa ${limit} ký tự.`;
    case "array":
    case "set":
      return small ? `Cần ít nhất ${limit} mục.` : `Tối đa ${limit} mục.`;
    case "number":
    case "int":
    case "bigint":
      if (small) return issue.inclusive ? `Không được nhỏ hơn ${limit}.` : `Phải lớn hơn ${limit}.`;
      return issue.inclusive ? `Không được lớn hơn ${limit}.` : `Phải nhỏ hơn ${limit}.`;
    default:
      return undefined;
  }
}

/** A value that is not a number where one is expected: zod's `vi` locale says "nhận được NaN" for a coerced text. */
function notNumberMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_type" || (issue.expected !== "number" && issue.expected !== "int")) return undefined;
  return "Phải là một số.";
}

z.config({
  localeError: (issue) => limitMessage(issue) ?? notNumberMessage(issue) ?? zodVietnamese.localeError(issue),
});

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? `{${k}}`));

/** Largest value of a PostgreSQL `integer` (int4) column: a larger number would fail in the database (22003). */
export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;

/** A record id (uuid) refused with `message` when it is not one (e.g. "not a commune" on a commune picker). */
export const idWith = (message: string) => z.uuid(message);

/** A record id (uuid) sent by a form or a client; anything else is refused with "Mã không hợp lệ.". */
export const Id = idWith(text.invalidId);

/**
 * An integer within [min, max], by default the range of a PostgreSQL `integer` column, so no value that passes
 * reaches the database as an out-of-range error. Takes a JSON number (no coercion); refuses non-integers.
 */
export function boundedInt(min = INT4_MIN, max = INT4_MAX, message?: string) {
  const range =
    message ?? fill(text.outOfRange, { min: min.toLocaleString("vi-VN"), max: max.toLocaleString("vi-VN") });
  return z
    .number()
    .int(message ?? text.notInteger)
    .min(min, range)
    .max(max, range);
}

/** A row version for optimistic locking (`version` int4 columns): 0 = no row yet, up to INT4_MAX. */
export const Version = boundedInt(0, INT4_MAX);

/** The version of a row that must already exist (a decision, a review, a report): 1 to INT4_MAX. */
export const ExistingVersion = boundedInt(1, INT4_MAX);

/** A programme year as sent by forms and clients. */
export const Year = boundedInt(2000, 2100);

/** A month of the year, 1 to 12. */
export const Month = boundedInt(1, 12);

/** A calendar day from a form: "yyyy-MM-dd" (input type=date) or dd/MM/yyyy; kept as typed (read with `parseDay`). */
export const DayString = z
  .string()
  .trim()
  .refine((v) => parseDay(v) !== null, text.invalidDate);

/** A calendar day sent as "yyyy-MM-dd" only (the date inputs of the review and verdict forms). */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ (dd/mm/yyyy).");

// C0 controls except tab (\u0009) and line feed (\u000A), DEL and the C1 controls. NUL (\u0000) in particular:
// PostgreSQL text cannot hold it (error 22021), and the others are never typed by a person.
// Carriage returns are not refused but folded into line feeds (browsers send textarea lines as CRLF).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Zero-width characters are invisible in the UI and make "the same" names compare different: removed.
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** True if the text has a control character other than tab and line feed (the kind `viText` refuses). */
export function hasControlChars(value: string): boolean {
  return CONTROL.test(value.replace(/\r\n?/g, "\n"));
}

/** A text as stored: Unicode NFC (Vietnamese typed in NFD compares and sorts like the NFC form), CRLF → LF, no zero-width. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(ZERO_WIDTH, "");
}

type TextOptions = {
  /** At least this many characters after trimming (default 0; 1 = required). */
  min?: number;
  /** Message when shorter than `min` (default "Vui lòng nhập thông tin này."). */
  minMessage?: string;
  /** Message when longer than `max` (default "Tối đa {max} ký tự."). */
  maxMessage?: string;
  /** Keep leading and trailing spaces (default: trimmed). */
  keepSpaces?: boolean;
};

/**
 * A vi-VN text field: takes a string; returns it NFC-normalised, CRLF folded to LF, zero-width characters
 * removed and trimmed (unless `keepSpaces`). Refuses, with a Vietnamese message on the field: control characters
 * other than tab and line feed (NUL included), more than `max` characters, fewer than `min`.
 * Every stored text goes through this, so the database holds NFC only (issue #13 case 10).
 */
export function viText(max: number, options: TextOptions = {}) {
  const { min = 0, minMessage = text.required, maxMessage = fill(text.tooLong, { max }), keepSpaces = false } = options;
  return z
    .string()
    .refine((v) => !hasControlChars(v), text.controlChars)
    .transform((v) => (keepSpaces ? normalizeText(v) : normalizeText(v).trim()))
    .pipe(z.string().min(min, minMessage).max(max, maxMessage));
}

/** A required vi-VN text field: `viText` with at least one character. */
export const requiredText = (max: number, message: string = text.required) =>
  viText(max, { min: 1, minMessage: message });
