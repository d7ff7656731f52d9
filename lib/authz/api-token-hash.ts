import { createHash } from "node:crypto";

/** API tokens are shown once; only this hash is stored (ApiToken.tokenHash). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
