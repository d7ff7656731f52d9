"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { decideYearlyReportAction, submitYearlyReportAction } from "@/app/(app)/committee/actions";
import { committee } from "@/lib/i18n/vi/committee";

const reportText = committee.reports;

/** The reporter's narrative, sent with its tasks' outcomes (filled in on the server). */
export function SubmitYearlyReportForm({
  year,
  narrative,
  resend,
}: {
  year: number;
  narrative: string;
  resend: boolean;
}) {
  const router = useRouter();
  const [text, setText] = useState(narrative);
  const { run, message } = useActionRunner();
  const [pending, start] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const result = await run(() => submitYearlyReportAction({ year, narrative: text }), reportText.submitted);
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Field label={reportText.narrative} htmlFor="yearly-narrative">
        <textarea
          id="yearly-narrative"
          rows={8}
          className="w-full rounded-md border border-slate-300 p-2"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {resend ? reportText.resubmit : reportText.submit}
      </Button>
    </form>
  );
}

/** Accept, or return with a reason (also an accepted report: the acceptance is undone). */
export function DecideYearlyReportForm({
  reportId,
  version,
  status,
  label,
}: {
  reportId: string;
  version: number;
  status: "SUBMITTED" | "RETURNED" | "ACCEPTED";
  label: string;
}) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const { run, message } = useActionRunner();
  const [pending, start] = useTransition();
  const decide = (decision: "ACCEPT" | "RETURN") =>
    start(async () => {
      const result = await run(
        () => decideYearlyReportAction({ reportId, version, decision, reason: reason || undefined }),
        decision === "ACCEPT" ? reportText.accepted : reportText.returned,
      );
      if (result.ok) router.refresh();
    });
  if (status === "RETURNED") return null;
  return (
    <div className="flex min-w-56 flex-col gap-1">
      {status === "SUBMITTED" ? (
        <Button
          type="button"
          aria-label={`${reportText.accept}: ${label}`}
          disabled={pending}
          onClick={() => decide("ACCEPT")}
        >
          {reportText.accept}
        </Button>
      ) : null}
      <label htmlFor={`reason-${reportId}`} className="sr-only">{`${reportText.reason}: ${label}`}</label>
      <TextInput
        id={`reason-${reportId}`}
        placeholder={reportText.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        type="button"
        variant="secondary"
        aria-label={`${reportText.return}: ${label}`}
        disabled={pending}
        onClick={() => decide("RETURN")}
      >
        {reportText.return}
      </Button>
      {message ? (
        <span role="status" className={`text-xs ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
