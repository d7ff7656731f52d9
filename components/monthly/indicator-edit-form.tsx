"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { editIndicatorAction } from "@/app/(app)/monthly/actions";
import { vi } from "@/lib/i18n/vi";
import { formatNumberVi } from "@/lib/domain/format-vi";

type Props = {
  id: string;
  code: string;
  name: string;
  unitLabel: string;
  targetValue: number | null;
  hasTarget: boolean;
  isRequired: boolean;
  lowerIsBetter: boolean;
  nextPeriod: string;
};

/** Edit of an indicator for future months: a new version from the chosen month. */
export function IndicatorEditForm(props: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [form, setF] = useState({
    name: props.name,
    unitLabel: props.unitLabel,
    target: props.targetValue === null ? "" : formatNumberVi(props.targetValue, 2),
    isRequired: props.isRequired,
    lowerIsBetter: props.lowerIsBetter,
    from: props.nextPeriod,
  });
  const [msg, setMsg] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open)
    return (
      <Button variant="secondary" className="relative" onClick={() => setOpen(true)}>
        {vi.monthly.edit}
        <span className="sr-only"> {props.code}</span>
      </Button>
    );
  const id = (k: string) => `ind-${props.code}-${k}`;
  const save = () =>
    start(async () => {
      const match = /^(\d{1,2})\/(\d{4})$/.exec(form.from.trim());
      if (!match) {
        setMsg(vi.monthly.futureOnly);
        return;
      }
      const result = await editIndicatorAction({
        indicatorId: props.id,
        fromPeriod: Number(match[2]) * 100 + Number(match[1]),
        name: form.name,
        unitLabel: form.unitLabel,
        targetValue: props.hasTarget ? form.target : null,
        isRequired: form.isRequired,
        lowerIsBetter: form.lowerIsBetter,
      });
      setMsg(result.ok ? vi.monthly.editSaved : result.message);
      if (result.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  return (
    <div className="space-y-2 rounded-md border p-2">
      <label htmlFor={id("name")} className="block text-xs">
        {vi.monthly.name}
      </label>
      <input
        id={id("name")}
        className="block w-full rounded border px-2 py-1"
        value={form.name}
        onChange={(e) => setF({ ...form, name: e.target.value })}
      />
      <label htmlFor={id("unit")} className="block text-xs">
        {vi.monthly.unitLabel}
      </label>
      <input
        id={id("unit")}
        className="block w-full rounded border px-2 py-1"
        value={form.unitLabel}
        onChange={(e) => setF({ ...form, unitLabel: e.target.value })}
      />
      {props.hasTarget ? (
        <>
          <label htmlFor={id("target")} className="block text-xs">
            {vi.monthly.target}
          </label>
          <input
            id={id("target")}
            inputMode="decimal"
            className="block w-full rounded border px-2 py-1"
            value={form.target}
            onChange={(e) => setF({ ...form, target: e.target.value })}
          />
        </>
      ) : null}
      <label className="flex items-center gap-2 text-xs">
        <input
          type="checkbox"
          checked={form.isRequired}
          onChange={(e) => setF({ ...form, isRequired: e.target.checked })}
        />
        {vi.monthly.isRequired}
      </label>
      <label className="flex items-center gap-2 text-xs">
        <input
          type="checkbox"
          checked={form.lowerIsBetter}
          onChange={(e) => setF({ ...form, lowerIsBetter: e.target.checked })}
        />
        {vi.monthly.lowerIsBetter}
      </label>
      <label htmlFor={id("from")} className="block text-xs">
        {vi.monthly.fromPeriod}
      </label>
      <input
        id={id("from")}
        className="block w-full rounded border px-2 py-1"
        value={form.from}
        onChange={(e) => setF({ ...form, from: e.target.value })}
      />
      <div className="flex gap-2">
        <Button disabled={pending} onClick={save}>
          {vi.common.save}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {vi.common.cancel}
        </Button>
      </div>
      {msg ? (
        <p role="status" className="text-sm">
          {msg}
        </p>
      ) : null}
    </div>
  );
}
