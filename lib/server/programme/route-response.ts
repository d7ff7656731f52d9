import "server-only";
import { AppError } from "@/lib/errors";
import { TooLargeError } from "@/lib/uploads/policy";
import { t, vi } from "@/lib/i18n/vi";
import { logUnexpectedError } from "@/lib/request-context";

/**
 * Session-cookie route handlers (downloads, uploads): expected errors become a plain status (not found also for
 * "forbidden": no leak; 413 for a file over its size limit); anything else is logged with the request id and
 * answered 500 with the code derived from it.
 */
export async function handleRoute(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) {
      const status =
        error instanceof TooLargeError
          ? 413
          : error.code === "UNAUTHENTICATED"
            ? 401
            : error.code === "VALIDATION"
              ? 400
              : error.code === "CONFLICT"
                ? 409
                : 404;
      return Response.json(
        { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors },
        { status },
      );
    }
    const id = logUnexpectedError("route-error", error);
    return Response.json({ ok: false, code: "UNEXPECTED", message: t(vi.errors.unexpected, { id }) }, { status: 500 });
  }
}
