"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { openProgrammeAction, updateProgrammeAction } from "@/app/(app)/programme/actions";
import { OpenProgrammeSchema, type ProgrammeFormValues } from "@/lib/contracts/programme/open-programme";
import { PROGRAMME_DATE_FIELDS } from "@/lib/contracts/programme/programme-fields";
import { t, vi } from "@/lib/i18n/vi";
import { formatNumberVi } from "@/lib/domain/format-vi";

const text = vi.programme;
/** A stored percentage shown as people type it (12,5). */
const viText = (v: number | string) => (typeof v === "number" ? formatNumberVi(v, 2) : v);

/** Opens a programme year (defaults from the seed plans) or edits an open one (with its version). */
export function ProgrammeForm({
  defaults,
  edit,
}: {
  defaults: ProgrammeFormValues;
  edit?: { programmeId: string; version: number };
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<ProgrammeFormValues>({
    resolver: zodResolver(OpenProgrammeSchema) as never,
    defaultValues: {
      ...defaults,
      capPercent: viText(defaults.capPercent),
      passThresholdPercent: viText(defaults.passThresholdPercent),
    },
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: ProgrammeFormValues) => {
    // The percentages go as typed: the action's schema reads them with the one vi-VN parser.
    const input = values;
    if (edit) {
      const result = await run(() => updateProgrammeAction({ ...input, ...edit } as never), text.saved);
      if (result.ok) router.refresh();
    } else {
      const opened = await run(
        () => openProgrammeAction(input as never),
        t(text.opened, { year: String(values.year) }),
      );
      if (opened.ok) router.push(`/programme/${values.year}`);
    }
  };
  const err = formState.errors as Record<string, { message?: string } | undefined>;
  const id = (f: string) => `programme-${f}`;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={text.year} htmlFor={id("year")} error={err.year?.message}>
          <TextInput id={id("year")} type="number" inputMode="numeric" readOnly={Boolean(edit)} {...register("year")} />
        </Field>
        <Field label={text.planNumber} htmlFor={id("planNumber")} error={err.planNumber?.message}>
          <TextInput id={id("planNumber")} {...register("planNumber")} />
        </Field>
        <Field label={text.planDate} htmlFor={id("planDate")} error={err.planDate?.message}>
          <TextInput id={id("planDate")} type="date" {...register("planDate")} />
        </Field>
        <Field label={text.capPercent} htmlFor={id("capPercent")} error={err.capPercent?.message}>
          <TextInput id={id("capPercent")} inputMode="decimal" {...register("capPercent")} />
        </Field>
        <Field
          label={text.passThresholdPercent}
          htmlFor={id("passThresholdPercent")}
          error={err.passThresholdPercent?.message}
        >
          <TextInput id={id("passThresholdPercent")} inputMode="decimal" {...register("passThresholdPercent")} />
        </Field>
        <Field label={text.approverTitle} htmlFor={id("approverTitle")} error={err.approverTitle?.message}>
          <TextInput id={id("approverTitle")} {...register("approverTitle")} />
        </Field>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-800">{text.dates}</legend>
        {PROGRAMME_DATE_FIELDS.map((f) => (
          <Field key={f} label={text[f]} htmlFor={id(f)} error={err[f]?.message}>
            <TextInput id={id(f)} type="date" {...register(f)} />
          </Field>
        ))}
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {edit ? vi.common.save : text.open}
      </Button>
    </form>
  );
}
