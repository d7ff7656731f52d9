import { apiRoute } from "@/lib/server/api/http";
import { getMeContract } from "@/lib/contracts/api/get-me";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getMeContract, async (actor) => ({
  data: {
    userId: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    role: actor.role,
    unitId: actor.unitId,
    unitName: actor.unitName,
    unitLevel: actor.unitLevel,
    provinceId: actor.provinceId,
  },
}));
