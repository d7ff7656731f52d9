import { vi } from "@/lib/i18n/vi";

// Expected failures carry a Vietnamese message meant for the user; anything else
// is logged with an id and shown as a generic message (never raw exception text).
export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT",
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = () => new AppError("NOT_FOUND", vi.errors.notFound);
export const forbidden = () => new AppError("FORBIDDEN", vi.errors.forbidden);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", vi.errors.unauthenticated);
export const validation = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("VALIDATION", message, fieldErrors);
export const conflict = (message: string = vi.errors.conflict, details?: unknown) =>
  new AppError("CONFLICT", message, undefined, details);
