import { z } from "zod";
import { checkViNumber, parseViNumber, type ViNumberOptions } from "@/lib/domain/vi-number";

/**
 * A zod field for a number a person types (issue #13 case 1): a string is read by the one vi-VN parser
 * (`parseViNumber`: "1.234" = 1234, "1,5" = 1.5, "2.5" refused as ambiguous), a JSON number is checked by
 * `checkViNumber` (a fraction for a count is refused, never rounded). Outputs the number; refuses with the
 * parser's Vietnamese message naming `label`. `viOptionalNumberField` lets "" / null through as null.
 * The same schema runs in the browser (zodResolver) and on the server (defineAction), so both agree.
 */
function field(opts: ViNumberOptions & { optional?: boolean }) {
  const required = `Vui lòng nhập “${opts.label}”.`;
  return z.union([z.number(), z.string(), z.null()], { error: required }).transform((value, ctx) => {
    const checked =
      value === null
        ? { ok: true as const, value: null }
        : typeof value === "number"
          ? checkViNumber(value, opts)
          : parseViNumber(value, opts);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }
    if (checked.value === null && !opts.optional) {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    return checked.value;
  });
}

export const viNumberField = (opts: ViNumberOptions) => field(opts) as unknown as z.ZodType<number, number | string>;
export const viOptionalNumberField = (opts: ViNumberOptions) =>
  field({ ...opts, optional: true }) as unknown as z.ZodType<number | null, number | string | null>;

/** A count (whole number ≥ 0, at most `max`) typed or sent as JSON; see `viNumberField`. */
export const viCountField = (label: string, max?: number) => viNumberField({ label, decimals: false, max });
