"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import {
  amendVerdictAction,
  issueVerdictAction,
  proposeVerdictAction,
  recordRelapseAction,
} from "@/app/(app)/verdicts/actions";
import { vi } from "@/lib/i18n/vi";

const text = vi.reviews;
type V = "PASSED" | "NOT_PASSED";
const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

function VerdictSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: V;
  onChange: (v: V) => void;
}) {
  return (
    <Field label={label} htmlFor={id}>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        <option value="PASSED">{text.verdict.PASSED}</option>
        <option value="NOT_PASSED">{text.verdict.NOT_PASSED}</option>
      </Select>
    </Field>
  );
}

/** District or secretariat proposal. */
export function ProposeVerdictForm({
  selectionId,
  level,
  recommendation,
  version,
}: {
  selectionId: string;
  level: "DISTRICT" | "SECRETARIAT";
  recommendation: V;
  version: number;
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [proposal, setProposal] = useState<V>(recommendation);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await run(() => proposeVerdictAction({ selectionId, level, proposal, version }), text.proposed);
    setBusy(false);
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <VerdictSelect id={`propose-${level}`} label={text.proposal} value={proposal} onChange={setProposal} />
      <Button disabled={busy} onClick={submit}>
        {text.propose}
      </Button>
    </div>
  );
}

/** The approver's decision (recorded by the secretariat); a verdict other than the recommendation needs a justification. */
export function IssueVerdictForm({
  verdictId,
  recommendation,
  proposal,
  version,
  mode = "issue",
}: {
  verdictId: string;
  recommendation: V;
  proposal: V;
  version: number;
  mode?: "issue" | "amend";
}) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [verdict, setVerdict] = useState<V>(
    mode === "amend" ? (proposal === "PASSED" ? "NOT_PASSED" : "PASSED") : proposal,
  );
  const [decisionNumber, setNumber] = useState("");
  const [decisionDate, setDate] = useState("");
  const [justification, setJustification] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const override = verdict !== recommendation;
  const submit = async () => {
    setBusy(true);
    const result =
      mode === "issue"
        ? await run(
            () => issueVerdictAction({ verdictId, verdict, decisionNumber, decisionDate, justification, version }),
            text.issued,
          )
        : await run(
            () => amendVerdictAction({ verdictId, verdict, decisionNumber, decisionDate, justification }),
            text.amended,
          );
    setBusy(false);
    setConfirming(false);
    if (result.ok) router.refresh();
  };
  const id = (x: string) => `${mode}-${x}`;
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <VerdictSelect id={id("verdict")} label={text.finalVerdict} value={verdict} onChange={setVerdict} />
        <Field label={text.decisionNumber} htmlFor={id("number")}>
          <TextInput
            id={id("number")}
            value={decisionNumber}
            onChange={(e) => setNumber(e.target.value)}
            placeholder="45/QĐ-BCĐ"
          />
        </Field>
        <Field label={text.decisionDate} htmlFor={id("date")}>
          <TextInput id={id("date")} type="date" value={decisionDate} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      {override ? <Notice tone="warning">{text.justificationRequired}</Notice> : null}
      <Field label={mode === "amend" ? text.amendReason : text.justification} htmlFor={id("justification")}>
        <textarea
          id={id("justification")}
          rows={3}
          className={area}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
        />
      </Field>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{text.frozen}</span>
          <Button disabled={busy} onClick={submit}>
            {vi.common.confirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {vi.common.cancel}
          </Button>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{mode === "issue" ? text.issue : text.amend}</Button>
      )}
    </div>
  );
}

export function RelapseForm({ verdictId }: { verdictId: string }) {
  const router = useRouter();
  const { run, message } = useActionRunner();
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await run(() => recordRelapseAction({ verdictId, date, reason }), text.relapseRecorded);
    setBusy(false);
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Field label={text.relapseDate} htmlFor="relapse-date">
        <TextInput id="relapse-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field label={text.relapseReason} htmlFor="relapse-reason">
        <textarea
          id="relapse-reason"
          rows={3}
          className={area}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <Button variant="danger" disabled={busy} onClick={submit}>
        {text.relapseRecord}
      </Button>
    </div>
  );
}
