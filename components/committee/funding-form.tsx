"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { saveFundingAction } from "@/app/(app)/committee/actions";
import { FUNDING_SOURCE_LABELS, type FundingSource } from "@/lib/domain/funding";
import { committee } from "@/lib/i18n/vi/committee";

const fundingText = committee.funding;
/** Amounts arrive as vi-VN text ("1.234.567", from the server's BigInt) and are sent as typed; the server parses them. */
type Row = { source: FundingSource; planned: string; spent: string; version: number };

/** A decided commune's funding by source (seed 002 mục IV), planned and spent, in đồng. */
export function FundingForm({ selectionId, rows: initial }: { selectionId: string; rows: Row[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const { run, message } = useActionRunner();
  const [pending, start] = useTransition();
  const set = (i: number, key: "planned" | "spent", value: string) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const result = await run(() => saveFundingAction({ selectionId, rows }), fundingText.saved);
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th className="text-left">{fundingText.source}</th>
            <th className="text-left">{fundingText.planned}</th>
            <th className="text-left">{fundingText.spent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.source}>
              <td className="pr-2">{FUNDING_SOURCE_LABELS[r.source]}</td>
              <td className="pr-2">
                <TextInput
                  aria-label={`${fundingText.planned}: ${FUNDING_SOURCE_LABELS[r.source]}`}
                  inputMode="numeric"
                  value={r.planned}
                  onChange={(e) => set(i, "planned", e.target.value)}
                />
              </td>
              <td>
                <TextInput
                  aria-label={`${fundingText.spent}: ${FUNDING_SOURCE_LABELS[r.source]}`}
                  inputMode="numeric"
                  value={r.spent}
                  onChange={(e) => set(i, "spent", e.target.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="submit" disabled={pending}>
        {fundingText.save}
      </Button>
    </form>
  );
}
