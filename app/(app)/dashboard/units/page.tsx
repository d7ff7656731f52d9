import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/authz/page";
import { filtersQuery, parseFilters } from "@/lib/server/dashboards/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DrillRoot({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  redirect(`/dashboard/units/${actor.unitId}${filtersQuery(parseFilters(await searchParams))}`);
}
