import { z } from "zod";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { dashboard as s } from "@/lib/i18n/vi/dashboard";

export const CreateApiTokenSchema = z.object({
  name: requiredText(80, s.tokens.nameRequired),
});
export const RevokeApiTokenSchema = z.object({ tokenId: Id });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;
