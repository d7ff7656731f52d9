"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { editIndicatorAction } from "@/app/(app)/monthly/actions";
import { vi } from "@/lib/i18n/vi";
import { formatNumberVi } from "@/lib/domain/format-vi";

type Props = { id: string; code: string; name: string; unitLabel: string; targetValue: number | null; hasTarget: boolean; isRequired: boolean; lowerIsBetter: boolean; nextPeriod: string };

/** Edit of an indicator for future months: a new version from the chosen month. */
export function IndicatorEditForm(p: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ name: p.name, unitLabel: p.unitLabel, target: p.targetValue === null ? "" : formatNumberVi(p.targetValue, 2), isRequired: p.isRequired, lowerIsBetter: p.lowerIsBetter, from: p.nextPeriod });
  const [msg, setMsg] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) return <Button variant="secondary" className="relative" onClick={() => setOpen(true)}>{vi.monthly.edit}<span className="sr-only"> {p.code}</span></Button>;
  const id = (k: string) => `ind-${p.code}-${k}`;
  const save = () => start(async () => {
    const m = /^(\d{1,2})\/(\d{4})$/.exec(f.from.trim());
    if (!m) { setMsg(vi.monthly.futureOnly); return; }
    const r = await editIndicatorAction({
      indicatorId: p.id, fromPeriod: Number(m[2]) * 100 + Number(m[1]), name: f.name, unitLabel: f.unitLabel,
      targetValue: p.hasTarget ? f.target : null, isRequired: f.isRequired, lowerIsBetter: f.lowerIsBetter,
    });
    setMsg(r.ok ? vi.monthly.editSaved : r.message);
    if (r.ok) { setOpen(false); router.refresh(); }
  });
  return (
    <div className="space-y-2 rounded-md border p-2">
      <label htmlFor={id("name")} className="block text-xs">{vi.monthly.name}</label>
      <input id={id("name")} className="block w-full rounded border px-2 py-1" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
      <label htmlFor={id("unit")} className="block text-xs">{vi.monthly.unitLabel}</label>
      <input id={id("unit")} className="block w-full rounded border px-2 py-1" value={f.unitLabel} onChange={(e) => setF({ ...f, unitLabel: e.target.value })} />
      {p.hasTarget ? (<><label htmlFor={id("target")} className="block text-xs">{vi.monthly.target}</label>
        <input id={id("target")} inputMode="decimal" className="block w-full rounded border px-2 py-1" value={f.target} onChange={(e) => setF({ ...f, target: e.target.value })} /></>) : null}
      <label className="flex items-center gap-2 text-xs"><input type="checkbox" checked={f.isRequired} onChange={(e) => setF({ ...f, isRequired: e.target.checked })} />{vi.monthly.isRequired}</label>
      <label className="flex items-center gap-2 text-xs"><input type="checkbox" checked={f.lowerIsBetter} onChange={(e) => setF({ ...f, lowerIsBetter: e.target.checked })} />{vi.monthly.lowerIsBetter}</label>
      <label htmlFor={id("from")} className="block text-xs">{vi.monthly.fromPeriod}</label>
      <input id={id("from")} className="block w-full rounded border px-2 py-1" value={f.from} onChange={(e) => setF({ ...f, from: e.target.value })} />
      <div className="flex gap-2"><Button disabled={pending} onClick={save}>{vi.common.save}</Button><Button variant="secondary" onClick={() => setOpen(false)}>{vi.common.cancel}</Button></div>
      {msg ? <p role="status" className="text-sm">{msg}</p> : null}
    </div>
  );
}
