/**
 * An unknown API address answers a JSON 404 in the data API's error shape, not the app's HTML 404 page
 * (the catch-all page of app/(app) would otherwise send an API client to the sign-in page).
 */
function missing(): Response {
  return Response.json({ error: { code: "NOT_FOUND", message: "Không tìm thấy." } }, { status: 404 });
}
export const GET = missing,
  POST = missing,
  PUT = missing,
  PATCH = missing,
  DELETE = missing;
