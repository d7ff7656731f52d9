import "server-only";
import { AppError } from "@/lib/errors";

/** Route handlers of the programme: expected errors become a plain status (not found also for "forbidden": no leak). */
export async function handleRoute(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AppError) {
      const status = e.code === "UNAUTHENTICATED" ? 401 : e.code === "VALIDATION" ? 400 : e.code === "CONFLICT" ? 409 : 404;
      return Response.json({ ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors }, { status });
    }
    console.error("[programme-route]", e);
    return Response.json({ ok: false, code: "UNEXPECTED" }, { status: 500 });
  }
}
