"use client";

import { useEffect, useEffectEvent, useState } from "react";
import Link from "next/link";
import { searchUnitsAction } from "@/app/(app)/units/actions";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";

export type PickedUnit = { id: string; code: string; name: string; level: UnitLevel };
type Hit = PickedUnit & { parentName: string | null; validTo: Date | null };

const text = golive.search;

/**
 * The unit picker of every page that chooses a unit: the user types a name or code, the server searches the
 * actor's subtree (`searchUnitsAction`, issue #11 §4), 20 results a page. With `hrefPrefix` each result is a link
 * (units tree, dashboards); otherwise choosing one calls `onSelect` (forms).
 */
export function UnitPicker({
  id,
  levels,
  includeFormer,
  onSelect,
  hrefPrefix,
  hrefSuffix = "",
  label = text.label,
}: {
  id: string;
  levels?: UnitLevel[];
  includeFormer?: boolean;
  onSelect?: (u: PickedUnit) => void;
  hrefPrefix?: string;
  hrefSuffix?: string;
  label?: string;
}) {
  const [searchText, setSearchText] = useState("");
  const [items, setItems] = useState<Hit[]>([]);
  const [page, setPage] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [searched, setSearched] = useState(false);
  const [chosen, setChosen] = useState<PickedUnit | null>(null);

  async function load(query: string, pageNumber: number) {
    const result = await searchUnitsAction({ q: query, levels, includeFormer, page: pageNumber });
    if (!result.ok) return;
    setItems((prev) => (pageNumber === 0 ? result.data.items : [...prev, ...result.data.items]));
    setHasMore(result.data.hasMore);
    setPage(pageNumber);
    setSearched(true);
  }
  // A new search per typed text (not per new props): the event reads the props of the latest render.
  const searchFirstPage = useEffectEvent((query: string) => void load(query, 0));
  useEffect(() => {
    if (!searchText.trim()) return;
    const timer = setTimeout(() => searchFirstPage(searchText), 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  const type = (value: string) => {
    setSearchText(value);
    if (!value.trim()) {
      setItems([]);
      setSearched(false);
    }
  };

  const choose = (hit: Hit) => {
    setChosen(hit);
    setItems([]);
    setSearched(false);
    onSelect?.({ id: hit.id, code: hit.code, name: hit.name, level: hit.level });
  };
  const labelOf = (u: Hit) =>
    `${u.name}${u.parentName ? ` · ${u.parentName}` : ""} (${u.code})${u.validTo ? ` · ${text.former}` : ""}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={searchText}
        onChange={(e) => type(e.target.value)}
        placeholder={text.placeholder}
        autoComplete="off"
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600"
      />
      {chosen && !hrefPrefix ? (
        <p className="text-sm text-slate-700">{t(text.chosen, { name: `${chosen.name} (${chosen.code})` })}</p>
      ) : null}
      {searched && items.length === 0 ? <p className="text-sm text-slate-600">{text.none}</p> : null}
      {items.length ? (
        <ul aria-label={label} className="max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white">
          {items.map((u) => (
            <li key={u.id} className="border-b border-slate-100 last:border-0">
              {hrefPrefix ? (
                <Link className="block px-3 py-2 text-brand-700 underline" href={`${hrefPrefix}${u.id}${hrefSuffix}`}>
                  {labelOf(u)}
                </Link>
              ) : (
                <button
                  type="button"
                  className="block w-full px-3 py-2 text-left hover:bg-slate-50"
                  onClick={() => choose(u)}
                >
                  {labelOf(u)}
                </button>
              )}
            </li>
          ))}
          {hasMore ? (
            <li>
              <button
                type="button"
                className="block w-full px-3 py-2 text-left text-brand-700"
                onClick={() => void load(searchText, page + 1)}
              >
                {text.more}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
