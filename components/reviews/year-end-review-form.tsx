"use client";

import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { saveYearEndReviewAction } from "@/app/(app)/verdicts/actions";
import { SaveYearEndReviewSchema, type SaveYearEndReviewInput } from "@/lib/contracts/verdicts/save-year-end-review";
import { vi } from "@/lib/i18n/vi";

const text = vi.reviews;
const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

/** The district's year-end review meeting: date, answer on new complexity, narrative. */
export function YearEndReviewForm({
  defaults,
}: {
  defaults: Omit<SaveYearEndReviewInput, "newComplexity"> & { newComplexity: boolean | null };
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<SaveYearEndReviewInput>({
    resolver: zodResolver(SaveYearEndReviewSchema),
    defaultValues: { ...defaults, newComplexity: defaults.newComplexity ?? undefined },
  });
  const { run, message } = useActionRunner(setError);
  const nc = useWatch({ control, name: "newComplexity" });
  const onSubmit = async (values: SaveYearEndReviewInput) => {
    const result = await run(() => saveYearEndReviewAction(values), text.saved);
    if (result.ok) router.refresh();
  };
  const err = formState.errors;
  return (
    <form className="space-y-4" noValidate onSubmit={handleSubmit(onSubmit)}>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Field label={text.meetingDate} htmlFor="ye-date" error={err.meetingDate?.message}>
        <TextInput id="ye-date" type="date" {...register("meetingDate")} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{text.newComplexity}</legend>
        <div className="flex gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="ye-nc" checked={nc === true} onChange={() => setValue("newComplexity", true)} />{" "}
            {vi.common.yes}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="ye-nc" checked={nc === false} onChange={() => setValue("newComplexity", false)} />{" "}
            {vi.common.no}
          </label>
        </div>
        {err.newComplexity?.message ? (
          <p role="alert" className="text-sm text-red-700">
            {err.newComplexity.message}
          </p>
        ) : null}
      </fieldset>
      <Field label={text.results} htmlFor="ye-results" error={err.results?.message}>
        <textarea id="ye-results" rows={3} className={area} {...register("results")} />
      </Field>
      <Field label={text.shortcomings} htmlFor="ye-shortcomings" error={err.shortcomings?.message}>
        <textarea id="ye-shortcomings" rows={3} className={area} {...register("shortcomings")} />
      </Field>
      <Field label={text.nextMeasures} htmlFor="ye-next" error={err.nextMeasures?.message}>
        <textarea id="ye-next" rows={3} className={area} {...register("nextMeasures")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {vi.common.save}
      </Button>
    </form>
  );
}
