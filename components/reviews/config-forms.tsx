"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { addCriterionAction, saveCrimeConfigAction, setCriterionActiveAction } from "@/app/(app)/verdicts/actions";
import { HOTSPOT_TYPES, HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { t, vi } from "@/lib/i18n/vi";
import { formatNumberVi } from "@/lib/domain/format-vi";

const text = vi.reviews;

export function CrimeConfigForm({
  programmeId,
  version,
  codes,
  minPercent,
  options,
}: {
  programmeId: string;
  version: number;
  codes: string[];
  minPercent: number;
  options: { code: string; name: string }[];
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [chosen, setChosen] = useState<string[]>(codes);
  const [min, setMin] = useState(formatNumberVi(minPercent, 2));
  const save = async () => {
    const result = await run(
      () => saveCrimeConfigAction({ programmeId, codes: chosen, minPercent: min, version }),
      text.saved,
    );
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{text.crimeCodes}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.code} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(o.code)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, o.code] : chosen.filter((c) => c !== o.code))}
              />
              <span>{o.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={text.crimeMinPercent} htmlFor="crime-min">
        <TextInput id="crime-min" inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} />
      </Field>
      <Button onClick={save}>{vi.common.save}</Button>
    </div>
  );
}

export function AddCriterionForm({ provinceId }: { provinceId: string }) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [name, setName] = useState("");
  const [type, setType] = useState<"" | HotspotType>("");
  const add = async () => {
    const result = await run(() => addCriterionAction({ provinceId, name, hotspotType: type || null }), text.saved);
    if (result.ok) {
      setName("");
      router.refresh();
    }
  };
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
      {message ? (
        <div className="sm:col-span-3">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={text.types} htmlFor="crit-type">
        <Select id="crit-type" value={type} onChange={(e) => setType(e.target.value as "" | HotspotType)}>
          <option value="">{text.criterionGeneral}</option>
          {HOTSPOT_TYPES.map((x) => (
            <option key={x} value={x}>
              {HOTSPOT_TYPE_LABELS[x]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.newCriterion} htmlFor="crit-name">
        <TextInput id="crit-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Button onClick={add}>{text.addCriterion}</Button>
    </div>
  );
}

export function CriterionToggle({
  criterionId,
  isActive,
  name,
}: {
  criterionId: string;
  isActive: boolean;
  name: string;
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [confirm, setConfirm] = useState(false);
  const toggle = async () => {
    const result = await run(() => setCriterionActiveAction({ criterionId, isActive: !isActive }));
    setConfirm(false);
    if (result.ok) router.refresh();
  };
  if (isActive && !confirm)
    return (
      <Button variant="secondary" onClick={() => setConfirm(true)}>
        {text.deactivate}
      </Button>
    );
  return (
    <span className="flex flex-wrap items-center gap-2">
      {isActive ? <span className="text-sm">{t(text.confirmDeactivate, { name })}</span> : null}
      <Button variant={isActive ? "danger" : "secondary"} onClick={toggle}>
        {isActive ? vi.common.confirm : text.activate}
      </Button>
      {isActive ? (
        <Button variant="secondary" onClick={() => setConfirm(false)}>
          {vi.common.cancel}
        </Button>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </span>
  );
}
