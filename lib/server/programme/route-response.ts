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
  } catch (error) {
    if (error instanceof AppError) {
      const status = error instanceof TooLargeError ? 413 : error.code === "UNAUTHENTICATED" ? 401 : error.code === "VALIDATION" ? 400 : error.code === "CONFLICT" ? 409 : 404;
      return Response.json({ ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors }, { status });
    }
    console.error("[programme-route]", error);
    return Response.json({ ok: false, code: "UNEXPECTED" }, { status: 500 });
  }
}
