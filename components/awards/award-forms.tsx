"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { addNominationAction, decideNominationAction, removeNominationAction, saveRoundAction, submitNominationsAction } from "@/app/(app)/awards/actions";
import { AddNominationSchema, SaveRoundSchema, type AddNominationInput, type SaveRoundInput } from "@/lib/server/awards/schemas";
import { t, vi } from "@/lib/i18n/vi";

const s = vi.reviews;
const area = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

export function RoundForm({ defaults }: { defaults: SaveRoundInput }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SaveRoundInput>({ resolver: zodResolver(SaveRoundSchema), defaultValues: defaults });
  const { run, message } = useActionRunner(setError);
  const err = formState.errors;
  return (
    <form className="grid gap-3 sm:grid-cols-3" noValidate onSubmit={handleSubmit(async (v) => { const r = await run(() => saveRoundAction(v), s.roundSaved); if (r.ok) router.refresh(); })}>
      {message ? <div className="sm:col-span-3"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
      <Field label={s.collectiveQuota} htmlFor="rd-col" error={err.collectiveQuota?.message}><TextInput id="rd-col" inputMode="numeric" {...register("collectiveQuota")} /></Field>
      <Field label={s.individualQuota} htmlFor="rd-ind" error={err.individualQuota?.message}><TextInput id="rd-ind" inputMode="numeric" {...register("individualQuota")} /></Field>
      <Field label={s.leaderMaxPercent} htmlFor="rd-lead" error={err.leaderMaxPercent?.message}><TextInput id="rd-lead" inputMode="numeric" {...register("leaderMaxPercent")} /></Field>
      <div className="sm:col-span-3"><Field label={s.priorityNotes} htmlFor="rd-notes" error={err.priorityNotes?.message}><textarea id="rd-notes" rows={2} className={area} {...register("priorityNotes")} /></Field></div>
      <div><Button type="submit" disabled={formState.isSubmitting}>{s.saveRound}</Button></div>
    </form>
  );
}

export function NominationForm({ roundId, unitId }: { roundId: string; unitId: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, control, formState } = useForm<AddNominationInput>({
    resolver: zodResolver(AddNominationSchema),
    defaultValues: { roundId, unitId, kind: "INDIVIDUAL", name: "", position: "", isLeader: false, achievements: "" },
  });
  const { run, message } = useActionRunner(setError);
  const err = formState.errors;
  const kind = useWatch({ control, name: "kind" });
  return (
    <form className="grid gap-3 sm:grid-cols-2" noValidate onSubmit={handleSubmit(async (v) => { const r = await run(() => addNominationAction(v), s.nominationAdded); if (r.ok) { reset({ ...v, name: "", position: "", isLeader: false, achievements: "" }); router.refresh(); } })}>
      {message ? <div className="sm:col-span-2"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
      <Field label={s.nominee} htmlFor="nm-kind"><Select id="nm-kind" {...register("kind")}><option value="INDIVIDUAL">{s.kind.INDIVIDUAL}</option><option value="COLLECTIVE">{s.kind.COLLECTIVE}</option></Select></Field>
      <Field label="Tên" htmlFor="nm-name" error={err.name?.message}><TextInput id="nm-name" {...register("name")} /></Field>
      {kind === "INDIVIDUAL" ? (
        <>
          <Field label={s.position} htmlFor="nm-position"><TextInput id="nm-position" {...register("position")} /></Field>
          <label className="flex items-center gap-2 self-end pb-2 text-sm"><input type="checkbox" {...register("isLeader")} /> {s.isLeader}</label>
        </>
      ) : null}
      <div className="sm:col-span-2"><Field label={s.achievements} htmlFor="nm-ach" error={err.achievements?.message}><textarea id="nm-ach" rows={2} className={area} {...register("achievements")} /></Field></div>
      <div><Button type="submit" disabled={formState.isSubmitting}>{s.addNomination}</Button></div>
    </form>
  );
}

export function RemoveNomination({ nominationId, name }: { nominationId: string; name: string }) {
  const router = useRouter();
  const [confirm, setConfirm] = useState(false);
  const { run, message } = useActionRunner();
  if (!confirm) return <Button variant="secondary" onClick={() => setConfirm(true)}>{s.removeNomination}</Button>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t(s.confirmRemove, { name })}</span>
      <Button variant="danger" onClick={async () => { const r = await run(() => removeNominationAction({ nominationId })); if (r.ok) router.refresh(); }}>{vi.common.confirm}</Button>
      <Button variant="secondary" onClick={() => setConfirm(false)}>{vi.common.cancel}</Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </span>
  );
}

export function SubmitNominations({ roundId, unitId }: { roundId: string; unitId: string }) {
  const router = useRouter();
  const [problems, setProblems] = useState<string[]>([]);
  const { run, message } = useActionRunner();
  const submit = async () => {
    const r = await run(() => submitNominationsAction({ roundId, unitId }), s.nominationsSubmitted);
    setProblems(r.ok ? [] : (r.fieldErrors?._ ?? []));
    if (r.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      {message && message.tone === "success" ? <Notice tone="success">{message.text}</Notice> : null}
      {message && message.tone === "error" ? (
        <Notice tone="error">
          {problems.length ? <>{s.nominationsRefused}<ul className="mt-1 list-disc pl-5">{problems.map((p, i) => <li key={i}>{p}</li>)}</ul></> : message.text}
        </Notice>
      ) : null}
      <Button onClick={submit}>{s.submitNominations}</Button>
    </div>
  );
}

/** The province approves a submitted nomination, or records why not (asked before refusing). */
export function NominationDecision({ nominationId, name, status }: { nominationId: string; name: string; status: string }) {
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const { run, message } = useActionRunner();
  const decide = async (decision: "APPROVE" | "REJECT") => {
    const r = await run(() => decideNominationAction({ nominationId, decision, reason: decision === "REJECT" ? reason : undefined }), decision === "APPROVE" ? s.nominationApproved : s.nominationRejected);
    setProblems(r.ok ? [] : (r.fieldErrors?._ ?? []));
    if (r.ok) { setRejecting(false); setReason(""); router.refresh(); }
  };
  return (
    <div className="space-y-2">
      {message ? <Notice tone={message.tone}>{problems.length ? <>{s.nominationApproveRefused}<ul className="mt-1 list-disc pl-5">{problems.map((p, i) => <li key={i}>{p}</li>)}</ul></> : message.text}</Notice> : null}
      {rejecting ? (
        <div className="space-y-2">
          <Field label={s.nominationRejectReason} htmlFor={`nd-reason-${nominationId}`}>
            <TextInput id={`nd-reason-${nominationId}`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={reason.trim().length < 3} onClick={() => decide("REJECT")}>{s.nominationReject}</Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>{vi.common.cancel}</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {status !== "APPROVED" ? <Button onClick={() => decide("APPROVE")} aria-label={`${s.nominationApprove}: ${name}`}>{s.nominationApprove}</Button> : null}
          {status !== "REJECTED" ? <Button variant="secondary" onClick={() => setRejecting(true)} aria-label={`${s.nominationReject}: ${name}`}>{s.nominationReject}</Button> : null}
        </div>
      )}
    </div>
  );
}
