import { apiRoute, pageParams, uuidParam } from "@/lib/server/api/http";
import { apiListUnits } from "@/lib/server/api/api-list-units";
import { validation } from "@/lib/errors";

export const dynamic = "force-dynamic";
const LEVELS = ["NATION", "PROVINCE", "DISTRICT", "COMMUNE"] as const;

export const GET = apiRoute("unit.view", async (actor, url) => {
  const level = url.searchParams.get("level") || undefined;
  if (level && !LEVELS.includes(level as (typeof LEVELS)[number])) throw validation("Tham số không hợp lệ.", { level: [LEVELS.join("|")] });
  return apiListUnits(actor, pageParams(url), { parentId: uuidParam(url, "parentId"), level: level as (typeof LEVELS)[number] | undefined });
});
