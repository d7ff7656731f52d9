import { NextResponse } from "next/server";
import { requireActor } from "@/lib/authz/access";
import { READ_PROVINCE_COOKIE, readsChosenProvince, withReadProvince } from "@/lib/authz/read-province";
import { notFound } from "@/lib/errors";
import { downloadError } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

/**
 * Issue #18 §5: the ministry's standing office chooses the province whose programme it reads (`?province=<id>`, a
 * province in force), kept in a cookie for the programme's pages, then lands on that province's programme years.
 * Writes nothing in the database; an unknown province or a role without a chosen province answers 404.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor("programme.view");
    const chosen = await withReadProvince(actor, new URL(request.url).searchParams.get("province"));
    if (!readsChosenProvince(actor) || !chosen.provinceId) throw notFound();
    const response = NextResponse.redirect(new URL("/programme", request.url), 303);
    response.cookies.set(READ_PROVINCE_COOKIE, chosen.provinceId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: new URL(request.url).protocol === "https:",
    });
    return response;
  } catch (error) {
    return downloadError(error);
  }
}
