"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { saveCriterionAnswersAction } from "@/app/(app)/verdicts/actions";
import { HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { vi } from "@/lib/i18n/vi";

const text = vi.reviews;
type Row = {
  id: string;
  code: string;
  name: string;
  hotspotType: HotspotType | null;
  met: boolean | null;
  note: string | null;
};
const toValue = (m: boolean | null) => (m === true ? "yes" : m === false ? "no" : "");

/** General and type-specific criteria of the province, answered met / not met / not assessed, with a note. */
export function CriteriaForm({
  selectionId,
  criteria,
  canEdit,
}: {
  selectionId: string;
  criteria: Row[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [values, setValues] = useState(() =>
    Object.fromEntries(criteria.map((c) => [c.id, { met: toValue(c.met), note: c.note ?? "" }])),
  );
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const answers = criteria.map((c) => ({
      criterionId: c.id,
      met: values[c.id]!.met === "yes" ? true : values[c.id]!.met === "no" ? false : null,
      note: values[c.id]!.note,
    }));
    const result = await run(() => saveCriterionAnswersAction({ selectionId, answers }), text.criteriaSaved);
    setBusy(false);
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <ul className="space-y-3">
        {criteria.map((c) => (
          <li key={c.id} className="grid gap-2 sm:grid-cols-[1fr_10rem_14rem] sm:items-center">
            <label htmlFor={`cr-${c.id}`} className="text-sm">
              <span className="mr-1 rounded bg-slate-100 px-1 text-xs">
                {c.hotspotType ? HOTSPOT_TYPE_LABELS[c.hotspotType] : text.criterionGeneral}
              </span>
              {c.name}
            </label>
            <Select
              id={`cr-${c.id}`}
              disabled={!canEdit}
              value={values[c.id]!.met}
              onChange={(e) => setValues({ ...values, [c.id]: { ...values[c.id]!, met: e.target.value } })}
            >
              <option value="">{text.notAssessed}</option>
              <option value="yes">{text.met}</option>
              <option value="no">{text.notMet}</option>
            </Select>
            <TextInput
              aria-label={`Ghi chú: ${c.name}`}
              disabled={!canEdit}
              value={values[c.id]!.note}
              onChange={(e) => setValues({ ...values, [c.id]: { ...values[c.id]!, note: e.target.value } })}
              placeholder="Ghi chú"
            />
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Button variant="secondary" disabled={busy} onClick={save}>
          {text.saveCriteria}
        </Button>
      ) : null}
    </div>
  );
}
