"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { issueAmendmentAction, issueDecisionAction } from "@/app/(app)/programme/actions";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.programme.approval;

function useDecisionFields(defaultDate: string) {
  const [number, setNumber] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [signatoryName, setSignatoryName] = useState("");
  return { number, setNumber, date, setDate, signatoryName, setSignatoryName };
}

function DecisionFields({
  prefix,
  f: fields,
  signatoryTitle,
  errors,
}: {
  prefix: string;
  f: ReturnType<typeof useDecisionFields>;
  signatoryTitle: string;
  errors: Record<string, string[]>;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={text.number} htmlFor={`${prefix}-number`} error={errors.number?.[0]}>
        <TextInput
          id={`${prefix}-number`}
          placeholder="09/QĐ-BCĐ"
          value={fields.number}
          onChange={(e) => fields.setNumber(e.target.value)}
        />
      </Field>
      <Field label={text.date} htmlFor={`${prefix}-date`} error={errors.date?.[0]}>
        <TextInput
          id={`${prefix}-date`}
          type="date"
          value={fields.date}
          onChange={(e) => fields.setDate(e.target.value)}
        />
      </Field>
      <Field label={text.signatoryTitle} htmlFor={`${prefix}-title`}>
        <TextInput id={`${prefix}-title`} value={signatoryTitle} readOnly />
      </Field>
      <Field label={text.signatoryName} htmlFor={`${prefix}-signatory`} error={errors.signatoryName?.[0]}>
        <TextInput
          id={`${prefix}-signatory`}
          value={fields.signatoryName}
          onChange={(e) => fields.setSignatoryName(e.target.value)}
        />
      </Field>
    </div>
  );
}

/** Issues the decision approving the list (confirmation first: the list becomes read-only). */
export function IssueDecisionForm({
  programmeId,
  year,
  count,
  signatoryTitle,
  defaultDate,
  early,
}: {
  programmeId: string;
  year: number;
  count: number;
  signatoryTitle: string;
  defaultDate: string;
  /** Why issuing now needs an explicit confirmation (proposal deadline not passed, districts without proposal); "" = none. */
  early: string;
}) {
  const router = useRouter();
  const fields = useDecisionFields(defaultDate);
  const [confirming, setConfirming] = useState(false);
  const [confirmEarly, setConfirmEarly] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const issue = () =>
    start(async () => {
      const result = await issueDecisionAction({
        programmeId,
        number: fields.number,
        date: fields.date,
        signatoryName: fields.signatoryName,
        confirmEarly,
      });
      setConfirming(false);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: result.data.message } : { tone: "error", text: result.message });
      if (result.ok) router.push(`/programme/${year}/decisions/${result.data.id}`);
    });
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <p className="text-sm text-slate-600">{text.issueHelp}</p>
      <DecisionFields prefix="issue" f={fields} signatoryTitle={signatoryTitle} errors={errors} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          {early ? (
            <div className="w-full space-y-2" data-testid="early-decision">
              <Notice tone="warning">{early}</Notice>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={confirmEarly} onChange={(e) => setConfirmEarly(e.target.checked)} />
                {text.confirmEarly}
              </label>
            </div>
          ) : null}
          <span className="text-sm font-medium">{t(text.confirmIssue, { count })}</span>
          <Button disabled={pending || (early !== "" && !confirmEarly)} onClick={issue}>
            {vi.common.confirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {vi.common.cancel}
          </Button>
        </div>
      ) : (
        <Button disabled={count === 0} onClick={() => setConfirming(true)}>
          {text.issue}
        </Button>
      )}
    </div>
  );
}

/** An amending decision: adds approved communes waiting for it and/or takes communes off the list, with a reason. */
export function AmendDecisionForm({
  programmeId,
  signatoryTitle,
  defaultDate,
  addable,
  removable,
}: {
  programmeId: string;
  signatoryTitle: string;
  defaultDate: string;
  addable: { id: string; name: string }[];
  removable: { id: string; name: string }[];
}) {
  const router = useRouter();
  const fields = useDecisionFields(defaultDate);
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const issue = () =>
    start(async () => {
      const result = await issueAmendmentAction({
        programmeId,
        number: fields.number,
        date: fields.date,
        signatoryName: fields.signatoryName,
        addProposalIds: add,
        removeSelectionIds: remove,
        reason,
      });
      setConfirming(false);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: result.data.message } : { tone: "error", text: result.message });
      if (result.ok) {
        setAdd([]);
        setRemove([]);
        setReason("");
        router.refresh();
      }
    });
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium">{text.amendAdd}</legend>
          {addable.length === 0 ? (
            <p className="text-sm text-slate-600">{vi.common.none}</p>
          ) : (
            addable.map((x) => (
              <label key={x.id} htmlFor={`amend-add-${x.id}`} className="flex items-center gap-2 text-sm">
                <input
                  id={`amend-add-${x.id}`}
                  type="checkbox"
                  className="h-4 w-4"
                  checked={add.includes(x.id)}
                  onChange={() => toggle(add, setAdd, x.id)}
                />{" "}
                {x.name}
              </label>
            ))
          )}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{text.amendRemove}</legend>
          <div className="max-h-48 overflow-y-auto">
            {removable.map((x) => (
              <label key={x.id} htmlFor={`amend-rm-${x.id}`} className="flex items-center gap-2 text-sm">
                <input
                  id={`amend-rm-${x.id}`}
                  type="checkbox"
                  className="h-4 w-4"
                  checked={remove.includes(x.id)}
                  onChange={() => toggle(remove, setRemove, x.id)}
                />{" "}
                {x.name}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <Field label={text.amendReason} htmlFor="amend-reason" error={errors.reason?.[0]}>
        <TextInput id="amend-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <DecisionFields prefix="amend" f={fields} signatoryTitle={signatoryTitle} errors={errors} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button disabled={pending} onClick={issue}>
            {vi.common.confirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {vi.common.cancel}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" disabled={add.length + remove.length === 0} onClick={() => setConfirming(true)}>
          {text.amend}
        </Button>
      )}
    </div>
  );
}
