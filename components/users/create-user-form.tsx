"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { UnitPicker } from "@/components/units/unit-picker";
import { useActionRunner } from "@/components/ui/use-action";
import { createUserAction } from "@/app/(app)/users/actions";
import { CreateUserSchema, type CreateUserInput } from "@/lib/contracts/users/create-user";
import type { UnitRole } from "@/lib/authz/permissions";
import { t, vi } from "@/lib/i18n/vi";

export function CreateUserForm({ roles }: { roles: UnitRole[] }) {
  const { register, handleSubmit, setError, setValue, reset, formState } = useForm<CreateUserInput>({
    resolver: zodResolver(CreateUserSchema),
    defaultValues: { role: roles.at(-1) },
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: CreateUserInput) => {
    const result = await run(() => createUserAction(values), t(vi.users.created, { username: values.username }));
    if (result.ok) reset({ ...values, username: "", fullName: "", password: "" });
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-2" noValidate>
      {message ? (
        <div className="sm:col-span-2">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={vi.auth.username} htmlFor="new-username" error={err.username?.message}>
        <TextInput id="new-username" autoComplete="off" {...register("username")} />
      </Field>
      <Field label={vi.users.fullName} htmlFor="new-fullName" error={err.fullName?.message}>
        <TextInput id="new-fullName" {...register("fullName")} />
      </Field>
      <Field label={vi.users.role} htmlFor="new-role" error={err.role?.message}>
        <Select id="new-role" {...register("role")}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {vi.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <UnitPicker
          id="new-unitId"
          label={vi.users.unit}
          onSelect={(u) => setValue("unitId", u.id, { shouldValidate: true })}
        />
        <input type="hidden" {...register("unitId")} />
        {err.unitId?.message ? (
          <p role="alert" className="text-sm text-red-700">
            {err.unitId.message}
          </p>
        ) : null}
      </div>
      <Field label={`${vi.auth.password} (tạm thời)`} htmlFor="new-password" error={err.password?.message}>
        <TextInput id="new-password" type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {vi.users.create}
        </Button>
      </div>
    </form>
  );
}
