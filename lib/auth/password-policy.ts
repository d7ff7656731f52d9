import { z } from "zod";
import { vi } from "@/lib/i18n/vi";

// Password policy, shared by the server check and the browser form.
export const PasswordSchema = z
  .string()
  .min(10, vi.auth.passwordPolicy)
  .max(128, vi.auth.passwordPolicy)
  .refine((p) => /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p), vi.auth.passwordPolicy);
