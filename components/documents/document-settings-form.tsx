"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { saveDocumentSettingsAction } from "@/app/(app)/documents/settings/actions";
import { documents as text } from "@/lib/i18n/vi/documents";
import {
  SaveDocumentSettingsSchema,
  type SaveDocumentSettingsInput,
} from "@/lib/contracts/documents/save-document-settings";

const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";
type Output = z.output<typeof SaveDocumentSettingsSchema>;

/** The form of the province's document settings; lines are typed one per line. */
export function DocumentSettingsForm({ defaults }: { defaults: SaveDocumentSettingsInput }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SaveDocumentSettingsInput, unknown, Output>({
    resolver: zodResolver(SaveDocumentSettingsSchema),
    defaultValues: defaults,
  });
  const { run, message } = useActionRunner(setError);
  const err = formState.errors;
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const result = await run(() => saveDocumentSettingsAction(values), text.saved);
        if (result.ok) router.refresh();
      })}
    >
      {message ? (
        <div className="sm:col-span-2">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Field label={text.issuerLines} htmlFor="ds-issuer" error={err.issuerLines?.message}>
          <textarea id="ds-issuer" rows={3} className={area} {...register("issuerLines")} />
        </Field>
      </div>
      <Field label={text.placeName} htmlFor="ds-place" error={err.placeName?.message}>
        <TextInput id="ds-place" {...register("placeName")} />
      </Field>
      <Field label={text.signerAuthority} htmlFor="ds-auth" error={err.signatoryAuthority?.message}>
        <TextInput id="ds-auth" {...register("signatoryAuthority")} />
      </Field>
      <Field label={text.signerTitle} htmlFor="ds-title" error={err.signatoryTitle?.message}>
        <TextInput id="ds-title" {...register("signatoryTitle")} />
      </Field>
      <Field label={text.signerName} htmlFor="ds-name" error={err.signatoryName?.message}>
        <TextInput id="ds-name" {...register("signatoryName")} />
      </Field>
      <div className="sm:col-span-2">
        <Field label={text.recipients} htmlFor="ds-recipients" error={err.recipients?.message}>
          <textarea id="ds-recipients" rows={5} className={area} {...register("recipients")} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.save}
        </Button>
      </div>
    </form>
  );
}
