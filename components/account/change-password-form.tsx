"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { ChangePasswordSchema, type ChangePasswordInput } from "@/lib/contracts/account/change-password";
import { vi } from "@/lib/i18n/vi";

export function ChangePasswordForm() {
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordSchema),
  });
  const { run, message } = useActionRunner(setError);
  const router = useRouter();
  const onSubmit = async (values: ChangePasswordInput) => {
    const result = await run(() => changePasswordAction(values), vi.auth.passwordChanged);
    if (result.ok) {
      reset({ currentPassword: "", newPassword: "", confirmPassword: "" });
      router.refresh(); // drops the "must change password" notice of a first sign-in
    }
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <p className="text-sm text-slate-600">{vi.auth.passwordPolicy}</p>
      <Field label={vi.auth.currentPassword} htmlFor="currentPassword" error={err.currentPassword?.message}>
        <TextInput
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          {...register("currentPassword")}
        />
      </Field>
      <Field label={vi.auth.newPassword} htmlFor="newPassword" error={err.newPassword?.message}>
        <TextInput id="newPassword" type="password" autoComplete="new-password" {...register("newPassword")} />
      </Field>
      <Field label={vi.auth.confirmPassword} htmlFor="confirmPassword" error={err.confirmPassword?.message}>
        <TextInput id="confirmPassword" type="password" autoComplete="new-password" {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {vi.common.save}
      </Button>
    </form>
  );
}
