"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { saveInterimReviewAction } from "@/app/(app)/reviews/actions";
import { SaveInterimReviewSchema, type SaveInterimReviewInput } from "@/lib/contracts/reviews/save-interim-review";
import { vi } from "@/lib/i18n/vi";

const text = vi.reviews;
const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

/** The district's narrative of the interim review: save as draft or submit to the province. */
export function InterimReviewForm({ defaults }: { defaults: SaveInterimReviewInput }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SaveInterimReviewInput>({
    resolver: zodResolver(SaveInterimReviewSchema),
    defaultValues: defaults,
  });
  const { run, message } = useActionRunner(setError);
  const save = (submit: boolean) =>
    handleSubmit(async (values) => {
      const result = await run(
        () => saveInterimReviewAction({ ...values, submit }),
        submit ? text.submitted : text.saved,
      );
      if (result.ok) router.refresh();
    });
  const err = formState.errors;
  return (
    <form className="space-y-4" noValidate onSubmit={save(true)}>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Field label={text.results} htmlFor="rv-results" error={err.results?.message}>
        <textarea id="rv-results" rows={4} className={area} {...register("results")} />
      </Field>
      <Field label={text.shortcomings} htmlFor="rv-shortcomings" error={err.shortcomings?.message}>
        <textarea id="rv-shortcomings" rows={3} className={area} {...register("shortcomings")} />
      </Field>
      <Field label={text.nextMeasures} htmlFor="rv-next" error={err.nextMeasures?.message}>
        <textarea id="rv-next" rows={3} className={area} {...register("nextMeasures")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={formState.isSubmitting} onClick={save(false)}>
          {text.saveDraft}
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.submit}
        </Button>
      </div>
    </form>
  );
}
