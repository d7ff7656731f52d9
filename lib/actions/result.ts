// The one return shape of every server action, safe to send to the browser.
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]>; details?: unknown };
