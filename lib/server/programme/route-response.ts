import "server-only";
import { AppError } from "@/lib/errors";
import { TooLargeError } from "@/lib/uploads/policy";

/**
 * Session-cookie route handlers (downloads, uploads): expected errors become a plain status (not found also for
 * "forbidden": no leak; 413 for a file over its size limit); anything else is logged and answered 500.
 */
export async function handleRoute(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AppError) {
      const status = e instanceof TooLargeError ? 413 : e.code === "UNAUTHENTICATED" ? 401 : e.code === "VALIDATION" ? 400 : e.code === "CONFLICT" ? 409 : 404;
      return Response.json({ ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors }, { status });
    }
    console.error("[programme-route]", e);
    return Response.json({ ok: false, code: "UNEXPECTED" }, { status: 500 });
  }
}
