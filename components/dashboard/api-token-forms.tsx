"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/account/tokens/actions";
import {
  CreateApiTokenSchema,
  TOKEN_VALID_DAYS,
  type CreateApiTokenInput,
} from "@/lib/contracts/account/create-api-token";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import { access } from "@/lib/i18n/vi/access";

export function CreateTokenForm() {
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateApiTokenInput>({
    resolver: zodResolver(CreateApiTokenSchema),
    defaultValues: { name: "", validDays: TOKEN_VALID_DAYS.default },
  });
  const { run, message } = useActionRunner(setError);
  const [token, setToken] = useState<string | null>(null);
  const onSubmit = async (values: CreateApiTokenInput) => {
    setToken(null);
    const result = await run(() => createApiTokenAction(values));
    if (result.ok) {
      setToken(result.data.token);
      reset({ name: "", validDays: TOKEN_VALID_DAYS.default });
    }
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-[1fr_auto_auto]" noValidate>
      {message ? (
        <div className="sm:col-span-3">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      {token ? (
        <div className="sm:col-span-3">
          <Notice tone="success">
            {text.tokens.created}
            <code
              data-testid="new-api-token"
              className="mt-2 block break-all rounded bg-white p-2 font-mono text-sm text-slate-900"
            >
              {token}
            </code>
          </Notice>
        </div>
      ) : null}
      <Field label={text.tokens.name} htmlFor="token-name" error={formState.errors.name?.message}>
        <TextInput id="token-name" autoComplete="off" maxLength={80} {...register("name")} />
      </Field>
      <Field label={access.tokens.validDays} htmlFor="token-validDays" error={formState.errors.validDays?.message}>
        <Select id="token-validDays" {...register("validDays", { valueAsNumber: true })}>
          {TOKEN_VALID_DAYS.choices.map((n) => (
            <option key={n} value={n}>
              {n === 365 ? access.tokens.oneYear : access.tokens.days.replace("{n}", String(n))}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.tokens.create}
        </Button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const { run, message } = useActionRunner();
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <Button
        variant="danger"
        disabled={busy}
        aria-label={`${text.tokens.revoke} ${name}`}
        onClick={async () => {
          if (!window.confirm(text.tokens.confirmRevoke.replace("{name}", name))) return;
          setBusy(true);
          await run(() => revokeApiTokenAction({ tokenId: id }));
          setBusy(false);
        }}
      >
        {text.tokens.revoke}
      </Button>
      {message?.tone === "error" ? <Notice tone="error">{message.text}</Notice> : null}
    </div>
  );
}
