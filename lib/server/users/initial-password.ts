import "server-only";
import { randomInt } from "node:crypto";
import { PasswordSchema } from "@/lib/auth/password-policy";

// No look-alikes (0/O, 1/l/I), so a password read from a printed sheet is typed right.
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGIT = "23456789";
const ALL = LOWER + UPPER + DIGIT;

/**
 * A random initial password of 14 characters (about 81 bits) from the CSPRNG, with at least one lower-case
 * letter, one capital and one digit, so it always satisfies the password policy (lib/auth/password-policy.ts).
 * It is shown once to the administrator and never stored in clear; the account must change it at first sign-in.
 */
export function generateInitialPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGIT), ...Array.from({ length: 11 }, () => pick(ALL))];
  for (let i = chars.length - 1; i > 0; i--) {
    const other = randomInt(i + 1);
    [chars[i], chars[other]] = [chars[other], chars[i]];
  }
  const password = chars.join("");
  return PasswordSchema.parse(password);
}
