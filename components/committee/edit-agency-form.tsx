"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { updateAgencyAction } from "@/app/(app)/committee/actions";
import { UpdateAgencySchema, type UpdateAgencyInput } from "@/lib/contracts/committee/update-agency";
import { t } from "@/lib/i18n/t";
import { committee } from "@/lib/i18n/vi/committee";
import { common } from "@/lib/i18n/vi/common";

const text = committee.agencies;
const KINDS = ["DEPARTMENT", "MASS_ORGANISATION", "JUDICIAL"] as const;

/**
 * Issue #18 §1: edits an agency (name, short name, kind, membership) behind a "Sửa" button; saving asks for a
 * confirmation that says what deactivating does to its `activeAccounts` (locked and signed out, lib/server/committee
 * `updateAgency`).
 */
export function EditAgencyForm({ agency, activeAccounts }: { agency: UpdateAgencyInput; activeAccounts: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<UpdateAgencyInput | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<UpdateAgencyInput>({
    resolver: zodResolver(UpdateAgencySchema),
    defaultValues: agency,
  });
  const { run, message } = useActionRunner(setError);
  const save = async () => {
    if (!pending) return;
    const result = await run(() => updateAgencyAction(pending), text.updated);
    setPending(null);
    if (result.ok) {
      setOpen(false);
      router.refresh();
    }
  };
  const id = (field: string) => `agency-${agency.agencyId}-${field}`;
  const err = formState.errors;
  const leaving = pending && agency.isActive && !pending.isActive;
  if (!open) {
    return (
      <span className="flex flex-col gap-1">
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {text.edit}
        </Button>
        {message ? (
          <span role="status" className="text-xs">
            {message.text}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <form
      onSubmit={handleSubmit((values) => setPending(values))}
      className="grid min-w-72 gap-2"
      aria-label={t(text.editTitle, { name: agency.name })}
      noValidate
    >
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Field label={text.name} htmlFor={id("name")} error={err.name?.message}>
        <TextInput id={id("name")} {...register("name")} />
      </Field>
      <Field label={text.shortName} htmlFor={id("short")} error={err.shortName?.message}>
        <TextInput id={id("short")} {...register("shortName")} />
      </Field>
      <Field label={text.kind} htmlFor={id("kind")} error={err.kind?.message}>
        <Select id={id("kind")} {...register("kind")}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {text.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("isActive")} />
        {text.isActive}
      </label>
      {pending ? (
        <div className="space-y-2">
          <Notice tone={leaving ? "warning" : "info"}>
            {leaving
              ? t(text.confirmDeactivate, { count: activeAccounts, name: agency.name })
              : t(text.confirmSave, { name: pending.name })}
          </Notice>
          <div className="flex gap-2">
            <Button type="button" variant={leaving ? "danger" : "primary"} onClick={save}>
              {common.confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setPending(null)}>
              {common.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex gap-2">
          <Button type="submit">{common.save}</Button>
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            {common.cancel}
          </Button>
        </div>
      )}
    </form>
  );
}
