import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/server/api/openapi";

// Contract: lib/contracts/api/get-openapi.ts (public: no token).
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument);
}
