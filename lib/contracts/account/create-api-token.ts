import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { requiredText } from "@/lib/contracts/primitives";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import { access } from "@/lib/i18n/vi/access";

/** Issue #14 finding 3: a token lives the days chosen at creation (the form offers 90 first), at most one year. */
export const TOKEN_VALID_DAYS = { default: 90, max: 365, choices: [30, 90, 180, 365] } as const;

export const CreateApiTokenSchema = z.object({
  name: requiredText(80, text.tokens.nameRequired),
  validDays: z
    .number(access.tokens.validDaysRange)
    .int(access.tokens.validDaysRange)
    .min(1, access.tokens.validDaysRange)
    .max(TOKEN_VALID_DAYS.max, access.tokens.validDaysRange),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;

export const createApiTokenContract = defineContract({
  summary: "Creates a personal access token of the data API (shown once) valid for the days chosen.",
  permission: "api.token",
  input: CreateApiTokenSchema,
  output: z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.date(), expiresAt: z.date() }),
});
