"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { decideProvinceReportAction, submitProvinceReportAction } from "@/app/(app)/committee/actions";
import { committee } from "@/lib/i18n/vi/committee";

const text = committee.ministry;
type Texts = { results: string; difficulties: string; proposals: string };

/** The province's year-end report to the ministry; KPIs and funding are attached on the server. */
export function SubmitProvinceReportForm({ year, initial, resend }: { year: number; initial: Texts; resend: boolean }) {
  const router = useRouter();
  const [texts, setTexts] = useState(initial);
  const { run, message } = useActionRunner();
  const [pending, start] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const result = await run(() => submitProvinceReportAction({ year, ...texts }), text.submitted);
      if (result.ok) router.refresh();
    });
  };
  const area = (key: keyof Texts) => (
    <Field label={text[key]} htmlFor={`pr-${key}`}>
      <textarea
        id={`pr-${key}`}
        rows={5}
        className="w-full rounded-md border border-slate-300 p-2"
        value={texts[key]}
        onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {area("results")}
      {area("difficulties")}
      {area("proposals")}
      <Button type="submit" disabled={pending}>
        {resend ? text.resubmit : text.submit}
      </Button>
    </form>
  );
}

/** The ministry receives a province's report, or returns it with a reason. */
export function DecideProvinceReportForm({
  reportId,
  version,
  label,
}: {
  reportId: string;
  version: number;
  label: string;
}) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const { run, message } = useActionRunner();
  const [pending, start] = useTransition();
  const decide = (decision: "RECEIVE" | "RETURN") =>
    start(async () => {
      const result = await run(
        () => decideProvinceReportAction({ reportId, version, decision, reason: reason || undefined }),
        decision === "RECEIVE" ? text.received : committee.reports.returned,
      );
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex min-w-56 flex-col gap-1">
      <Button
        type="button"
        aria-label={`${text.receive}: ${label}`}
        disabled={pending}
        onClick={() => decide("RECEIVE")}
      >
        {text.receive}
      </Button>
      <label htmlFor={`mreason-${reportId}`} className="sr-only">{`${committee.reports.reason}: ${label}`}</label>
      <TextInput
        id={`mreason-${reportId}`}
        placeholder={committee.reports.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        type="button"
        variant="secondary"
        aria-label={`${committee.reports.return}: ${label}`}
        disabled={pending}
        onClick={() => decide("RETURN")}
      >
        {committee.reports.return}
      </Button>
      {message ? (
        <span role="status" className={`text-xs ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
