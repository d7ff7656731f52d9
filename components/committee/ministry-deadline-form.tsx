"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { setMinistryDeadlineAction } from "@/app/(app)/committee/actions";
import {
  SetMinistryDeadlineSchema,
  type SetMinistryDeadlineInput,
} from "@/lib/contracts/committee/set-ministry-deadline";
import { committee } from "@/lib/i18n/vi/committee";
import { common } from "@/lib/i18n/vi/common";

const text = committee.ministry;

/** Issue #18 §5: the national administrator records the ministry's deadline of a year (dd/MM/yyyy). */
export function MinistryDeadlineForm({ defaults }: { defaults: SetMinistryDeadlineInput }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SetMinistryDeadlineInput>({
    resolver: zodResolver(SetMinistryDeadlineSchema),
    defaultValues: defaults,
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: SetMinistryDeadlineInput) => {
    const result = await run(() => setMinistryDeadlineAction(values), text.deadlineSaved);
    if (result.ok) router.refresh();
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="flex flex-wrap items-end gap-3" noValidate>
      {message ? (
        <div className="w-full">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={text.deadlineLabel} htmlFor="ministry-deadline" error={formState.errors.deadline?.message}>
        <TextInput id="ministry-deadline" inputMode="numeric" placeholder="dd/mm/yyyy" {...register("deadline")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {common.save}
      </Button>
    </form>
  );
}
