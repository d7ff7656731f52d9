"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import {
  addNominationAction,
  decideNominationAction,
  removeNominationAction,
  saveRoundAction,
  submitNominationsAction,
} from "@/app/(app)/awards/actions";
import { AddNominationSchema, type AddNominationInput } from "@/lib/contracts/awards/add-nomination";
import { SaveRoundSchema, type SaveRoundInput } from "@/lib/contracts/awards/save-round";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;
const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

export function RoundForm({ defaults }: { defaults: SaveRoundInput }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SaveRoundInput>({
    resolver: zodResolver(SaveRoundSchema),
    defaultValues: defaults,
  });
  const { run, message } = useActionRunner(setError);
  const err = formState.errors;
  return (
    <form
      className="grid gap-3 sm:grid-cols-3"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await run(() => saveRoundAction(values), text.roundSaved);
        if (result.ok) router.refresh();
      })}
    >
      {message ? (
        <div className="sm:col-span-3">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={text.collectiveQuota} htmlFor="rd-col" error={err.collectiveQuota?.message}>
        <TextInput id="rd-col" inputMode="numeric" {...register("collectiveQuota")} />
      </Field>
      <Field label={text.individualQuota} htmlFor="rd-ind" error={err.individualQuota?.message}>
        <TextInput id="rd-ind" inputMode="numeric" {...register("individualQuota")} />
      </Field>
      <Field label={text.leaderMaxPercent} htmlFor="rd-lead" error={err.leaderMaxPercent?.message}>
        <TextInput id="rd-lead" inputMode="numeric" {...register("leaderMaxPercent")} />
      </Field>
      <div className="sm:col-span-3">
        <Field label={text.priorityNotes} htmlFor="rd-notes" error={err.priorityNotes?.message}>
          <textarea id="rd-notes" rows={2} className={area} {...register("priorityNotes")} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.saveRound}
        </Button>
      </div>
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
    <form
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await run(() => addNominationAction(values), text.nominationAdded);
        if (result.ok) {
          reset({ ...values, name: "", position: "", isLeader: false, achievements: "" });
          router.refresh();
        }
      })}
    >
      {message ? (
        <div className="sm:col-span-2">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={text.nominee} htmlFor="nm-kind">
        <Select id="nm-kind" {...register("kind")}>
          <option value="INDIVIDUAL">{text.kind.INDIVIDUAL}</option>
          <option value="COLLECTIVE">{text.kind.COLLECTIVE}</option>
        </Select>
      </Field>
      <Field label="Tên" htmlFor="nm-name" error={err.name?.message}>
        <TextInput id="nm-name" {...register("name")} />
      </Field>
      {kind === "INDIVIDUAL" ? (
        <>
          <Field label={text.position} htmlFor="nm-position">
            <TextInput id="nm-position" {...register("position")} />
          </Field>
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" {...register("isLeader")} /> {text.isLeader}
          </label>
        </>
      ) : null}
      <div className="sm:col-span-2">
        <Field label={text.achievements} htmlFor="nm-ach" error={err.achievements?.message}>
          <textarea id="nm-ach" rows={2} className={area} {...register("achievements")} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.addNomination}
        </Button>
      </div>
    </form>
  );
}

export function RemoveNomination({ nominationId, name }: { nominationId: string; name: string }) {
  const router = useRouter();
  const [confirm, setConfirm] = useState(false);
  const { run, message } = useActionRunner();
  if (!confirm)
    return (
      <Button variant="secondary" onClick={() => setConfirm(true)}>
        {text.removeNomination}
      </Button>
    );
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t(text.confirmRemove, { name })}</span>
      <Button
        variant="danger"
        onClick={async () => {
          const result = await run(() => removeNominationAction({ nominationId }));
          if (result.ok) router.refresh();
        }}
      >
        {vi.common.confirm}
      </Button>
      <Button variant="secondary" onClick={() => setConfirm(false)}>
        {vi.common.cancel}
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </span>
  );
}

export function SubmitNominations({ roundId, unitId }: { roundId: string; unitId: string }) {
  const router = useRouter();
  const [problems, setProblems] = useState<string[]>([]);
  const { run, message } = useActionRunner();
  const submit = async () => {
    const result = await run(() => submitNominationsAction({ roundId, unitId }), text.nominationsSubmitted);
    setProblems(result.ok ? [] : (result.fieldErrors?._ ?? []));
    if (result.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      {message && message.tone === "success" ? <Notice tone="success">{message.text}</Notice> : null}
      {message && message.tone === "error" ? (
        <Notice tone="error">
          {problems.length ? (
            <>
              {text.nominationsRefused}
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          ) : (
            message.text
          )}
        </Notice>
      ) : null}
      <Button onClick={submit}>{text.submitNominations}</Button>
    </div>
  );
}

/** The province approves a submitted nomination, or records why not (asked before refusing). */
export function NominationDecision({
  nominationId,
  name,
  status,
}: {
  nominationId: string;
  name: string;
  status: string;
}) {
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const { run, message } = useActionRunner();
  const decide = async (decision: "APPROVE" | "REJECT") => {
    const result = await run(
      () => decideNominationAction({ nominationId, decision, reason: decision === "REJECT" ? reason : undefined }),
      decision === "APPROVE" ? text.nominationApproved : text.nominationRejected,
    );
    setProblems(result.ok ? [] : (result.fieldErrors?._ ?? []));
    if (result.ok) {
      setRejecting(false);
      setReason("");
      router.refresh();
    }
  };
  return (
    <div className="space-y-2">
      {message ? (
        <Notice tone={message.tone}>
          {problems.length ? (
            <>
              {text.nominationApproveRefused}
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          ) : (
            message.text
          )}
        </Notice>
      ) : null}
      {rejecting ? (
        <div className="space-y-2">
          <Field label={text.nominationRejectReason} htmlFor={`nd-reason-${nominationId}`}>
            <TextInput id={`nd-reason-${nominationId}`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={reason.trim().length < 3} onClick={() => decide("REJECT")}>
              {text.nominationReject}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>
              {vi.common.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {status !== "APPROVED" ? (
            <Button onClick={() => decide("APPROVE")} aria-label={`${text.nominationApprove}: ${name}`}>
              {text.nominationApprove}
            </Button>
          ) : null}
          {status !== "REJECTED" ? (
            <Button
              variant="secondary"
              onClick={() => setRejecting(true)}
              aria-label={`${text.nominationReject}: ${name}`}
            >
              {text.nominationReject}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
