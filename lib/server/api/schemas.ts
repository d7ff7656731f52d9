import { z } from "zod";
import { dashboard as s } from "@/lib/i18n/vi/dashboard";

export const CreateApiTokenSchema = z.object({
  name: z
    .string()
    .transform((v) => v.normalize("NFC").trim())
    .pipe(z.string().min(1, s.tokens.nameRequired).max(80, s.tokens.nameRequired)),
});
export const RevokeApiTokenSchema = z.object({ tokenId: z.uuid() });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;
