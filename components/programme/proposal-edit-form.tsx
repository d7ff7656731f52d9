"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { submitProposalAction, updateProposalAction, withdrawProposalAction } from "@/app/(app)/programme/actions";
import { CRITERIA_GROUP_LABELS, type CriteriaGroup, type HotspotType } from "@/lib/domain/types";
import { vi } from "@/lib/i18n/vi";
import { formatNumberVi } from "@/lib/domain/format-vi";
import { parseViCount } from "@/lib/domain/vi-number";
import { HotspotTypePicker } from "./hotspot-types";

const text = vi.programme.proposals;
type Criterion = { code: string; name: string; group: CriteriaGroup; kind: "COUNT" | "BOOLEAN"; unitLabel: string };
type Other = Record<string, { present: boolean; note?: string }>;

/** A proposal's figures by criteria group, "khác" items (yes/no + note), types and justification; save, submit, withdraw. */
export function ProposalEditForm(props: {
  proposalId: string;
  version: number;
  status: string;
  editable: boolean;
  withdrawable: boolean;
  criteria: Criterion[];
  figures: Record<string, number>;
  otherItems: Other;
  hotspotTypes: HotspotType[];
  justification: string;
}) {
  const router = useRouter();
  const [figures, setFigures] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(props.figures).map(([k, v]) => [k, formatNumberVi(v, 0)])),
  );
  const [other, setOther] = useState<Other>(props.otherItems);
  const [types, setTypes] = useState<HotspotType[]>(props.hotspotTypes);
  const [justification, setJustification] = useState(props.justification);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [pending, start] = useTransition();
  const ro = !props.editable;

  const save = async () => {
    // Sent as typed: the action's schema reads each count with the one vi-VN parser (lib/domain/vi-number.ts).
    const typed = Object.fromEntries(
      props.criteria.filter((c) => c.kind === "COUNT").map((c) => [c.code, figures[c.code] ?? null]),
    );
    return updateProposalAction({
      proposalId: props.proposalId,
      version: props.version,
      hotspotTypes: types,
      justification,
      figures: typed,
      otherItems: other,
    });
  };
  const act = (
    fn: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>,
    ok: string,
  ) =>
    start(async () => {
      const result = await fn();
      setMessage(
        result.ok ? { tone: "success", text: ok } : { tone: "error", text: result.message ?? vi.errors.unexpected },
      );
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) router.refresh();
    });
  // Each count is read first with its criterion's name, so the message names the field (the server reads it again).
  const refused = () => {
    const out: Record<string, string[]> = {};
    for (const criterion of props.criteria) {
      const parsed =
        criterion.kind === "COUNT" ? parseViCount(figures[criterion.code] ?? "", criterion.name, 1_000_000) : null;
      if (parsed && !parsed.ok) out[`figures.${criterion.code}`] = [parsed.message];
    }
    return Object.keys(out).length > 0 ? { ok: false, message: vi.errors.validation, fieldErrors: out } : null;
  };
  const onSave = () => act(async () => refused() ?? save(), text.savedDraft);
  // Submitting saves the draft first, then submits the new version.
  const onSubmit = () =>
    act(async () => {
      const result = refused() ?? (await save());
      return result.ok ? submitProposalAction({ proposalId: props.proposalId, version: props.version + 1 }) : result;
    }, text.submitted);
  const onWithdraw = () =>
    act(() => withdrawProposalAction({ proposalId: props.proposalId, version: props.version }), text.withdrawn);

  const groups: CriteriaGroup[] = ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"];
  return (
    <div className="space-y-4">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <HotspotTypePicker
        idPrefix="edit-type"
        legend={text.types}
        value={types}
        onChange={ro ? () => {} : setTypes}
        error={errors.hotspotTypes?.[0]}
      />
      {groups.map((g) => (
        <fieldset key={g} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 font-semibold text-slate-800">{CRITERIA_GROUP_LABELS[g]}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {props.criteria
              .filter((c) => c.group === g)
              .map((c) =>
                c.kind === "COUNT" ? (
                  <Field
                    key={c.code}
                    label={`${c.name} (${c.unitLabel})`}
                    htmlFor={`fig-${c.code}`}
                    error={errors[`figures.${c.code}`]?.[0]}
                  >
                    <TextInput
                      id={`fig-${c.code}`}
                      inputMode="numeric"
                      readOnly={ro}
                      value={figures[c.code] ?? ""}
                      onChange={(e) => setFigures({ ...figures, [c.code]: e.target.value })}
                    />
                  </Field>
                ) : (
                  <div key={c.code} className="space-y-1 sm:col-span-2">
                    <label htmlFor={`oth-${c.code}`} className="flex items-start gap-2 text-sm">
                      <input
                        id={`oth-${c.code}`}
                        type="checkbox"
                        className="mt-1 h-4 w-4"
                        disabled={ro}
                        checked={other[c.code]?.present ?? false}
                        onChange={(e) =>
                          setOther({ ...other, [c.code]: { ...other[c.code], present: e.target.checked } })
                        }
                      />
                      <span>{c.name}</span>
                    </label>
                    {other[c.code]?.present ? (
                      <>
                        <label htmlFor={`note-${c.code}`} className="sr-only">
                          {text.note}
                        </label>
                        <TextInput
                          id={`note-${c.code}`}
                          placeholder={text.note}
                          readOnly={ro}
                          value={other[c.code]?.note ?? ""}
                          onChange={(e) => setOther({ ...other, [c.code]: { present: true, note: e.target.value } })}
                        />
                      </>
                    ) : null}
                  </div>
                ),
              )}
          </div>
        </fieldset>
      ))}
      <Field label={text.justification} htmlFor="edit-justification" error={errors.justification?.[0]}>
        <textarea
          id="edit-justification"
          rows={3}
          readOnly={ro}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          className="block w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        {props.editable ? (
          <>
            <Button type="button" variant="secondary" disabled={pending} onClick={onSave}>
              {vi.common.save}
            </Button>
            {props.status === "DRAFT" ? (
              <Button type="button" disabled={pending} onClick={onSubmit}>
                {text.submit}
              </Button>
            ) : null}
          </>
        ) : null}
        {props.withdrawable ? (
          confirmWithdraw ? (
            <>
              <span className="self-center text-sm">{text.confirmWithdraw}</span>
              <Button type="button" variant="danger" disabled={pending} onClick={onWithdraw}>
                {vi.common.confirm}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmWithdraw(false)}>
                {vi.common.cancel}
              </Button>
            </>
          ) : (
            <Button type="button" variant="secondary" onClick={() => setConfirmWithdraw(true)}>
              {text.withdraw}
            </Button>
          )
        ) : null}
      </div>
    </div>
  );
}
