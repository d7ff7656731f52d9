"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { offlineCompare as strings } from "@/lib/i18n/vi/offline-compare";
import { resolvedValues, type Choice, type FieldDifference, type ServerValue } from "@/lib/offline/compare-values";
import type { SentValue } from "@/lib/offline/store";
import type { EntryItem } from "@/components/monthly/entry-view";
import { showValue } from "../format-value";

const shown = (serverValue: ServerValue) => {
  const value = showValue(serverValue.num ?? serverValue.bool ?? serverValue.text);
  return serverValue.comment ? `${value} (${serverValue.comment})` : value;
};

type Props = { items: EntryItem[]; diffs: FieldDifference[]; onSave: (rows: SentValue[]) => void };

/**
 * Both versions of the differing fields side by side (issue #17 §3): what this device holds and what the
 * server holds now. Nothing is written until the user presses save; each field keeps the server's value
 * unless the user picks this device's. Loaded lazily, only when the server refused a stale save.
 */
export default function ComparePanel({ items, diffs, onSave }: Props) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const byId = new Map(items.map((i) => [i.id, i]));
  return (
    <section
      className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="offline-compare"
      aria-labelledby="offline-compare-title"
    >
      <h2 id="offline-compare-title" className="font-semibold">
        {strings.compareTitle}
      </h2>
      {diffs.length === 0 ? (
        <p>{strings.nothingDiffers}</p>
      ) : (
        <p className="mb-2 text-amber-900">{strings.compareHint}</p>
      )}
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th className="py-1 pr-2">{strings.indicator}</th>
            <th className="py-1 pr-2">{strings.mine}</th>
            <th className="py-1">{strings.theirs}</th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((diff) => {
            const it = byId.get(diff.indicatorId);
            const name = `choice-${it?.code ?? diff.indicatorId}`;
            const pick = choices[diff.indicatorId] ?? "theirs";
            return (
              <tr
                key={diff.indicatorId}
                className="border-t border-amber-200"
                data-testid={`compare-${it?.code ?? diff.indicatorId}`}
              >
                <td className="py-1 pr-2">{it?.name ?? diff.indicatorId}</td>
                {(["mine", "theirs"] as const).map((side) => (
                  <td key={side} className="py-1 pr-2">
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        name={name}
                        checked={pick === side}
                        onChange={() => setChoices((c) => ({ ...c, [diff.indicatorId]: side }))}
                        aria-label={`${it?.name ?? ""}: ${side === "mine" ? strings.mine : strings.theirs}`}
                      />
                      <span data-testid={side}>{shown(diff[side])}</span>
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button type="button" className="mt-2" onClick={() => onSave(resolvedValues(diffs, choices))}>
        {strings.saveChoices}
      </Button>
    </section>
  );
}
