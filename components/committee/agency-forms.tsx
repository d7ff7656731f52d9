"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { createAgencyAccountAction, createAgencyAction, createProvincePlanAction } from "@/app/(app)/committee/actions";
import {
  CreateAgencyAccountSchema,
  type CreateAgencyAccountInput,
} from "@/lib/contracts/committee/create-agency-account";
import { CreateAgencySchema, type CreateAgencyInput } from "@/lib/contracts/committee/create-agency";
import { CreateProvincePlanSchema, type CreateProvincePlanInput } from "@/lib/contracts/committee/create-province-plan";
import { committee } from "@/lib/i18n/vi/committee";
import { t, vi } from "@/lib/i18n/vi";

const text = committee.agencies;
const KINDS = ["DEPARTMENT", "MASS_ORGANISATION", "JUDICIAL"] as const;

/** Adds a member agency to the secretariat's province (name, short name, kind). */
export function CreateAgencyForm() {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateAgencyInput>({
    resolver: zodResolver(CreateAgencySchema),
    defaultValues: { kind: "DEPARTMENT" },
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: CreateAgencyInput) => {
    const result = await run(() => createAgencyAction(values), text.created);
    if (result.ok) {
      reset({ name: "", shortName: "", kind: values.kind });
      router.refresh();
    }
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-4" noValidate>
      {message ? (
        <div className="sm:col-span-4">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={text.name} htmlFor="agency-name" error={err.name?.message}>
        <TextInput id="agency-name" {...register("name")} />
      </Field>
      <Field label={text.shortName} htmlFor="agency-short" error={err.shortName?.message}>
        <TextInput id="agency-short" {...register("shortName")} />
      </Field>
      <Field label={text.kind} htmlFor="agency-kind" error={err.kind?.message}>
        <Select id="agency-kind" {...register("kind")}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {text.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.add}
        </Button>
      </div>
    </form>
  );
}

/** Creates an account of the agency (role "Thành viên Ban Chỉ đạo") with a temporary password. */
export function AgencyAccountForm({ agencies }: { agencies: { id: string; name: string }[] }) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateAgencyAccountInput>({
    resolver: zodResolver(CreateAgencyAccountSchema),
    defaultValues: { agencyId: agencies[0]?.id },
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: CreateAgencyAccountInput) => {
    const result = await run(
      () => createAgencyAccountAction(values),
      `${t(vi.users.created, { username: values.username })} ${text.accountCreated}`,
    );
    if (result.ok) {
      reset({ ...values, username: "", fullName: "", password: "" });
      router.refresh();
    }
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-2" noValidate>
      {message ? (
        <div className="sm:col-span-2">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={committee.assigneeAgency} htmlFor="account-agency" error={err.agencyId?.message}>
        <Select id="account-agency" {...register("agencyId")}>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={vi.auth.username} htmlFor="account-username" error={err.username?.message}>
        <TextInput id="account-username" autoComplete="off" {...register("username")} />
      </Field>
      <Field label={vi.users.fullName} htmlFor="account-fullName" error={err.fullName?.message}>
        <TextInput id="account-fullName" {...register("fullName")} />
      </Field>
      <Field label={`${vi.auth.password} (tạm thời)`} htmlFor="account-password" error={err.password?.message}>
        <TextInput id="account-password" type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.addAccount}
        </Button>
      </div>
    </form>
  );
}

/** Creates the province's plan of a year, optionally starting from last year's tasks (issue #18 §2). */
export function CreateProvincePlanForm({
  year,
  defaultDate,
  lastYear,
}: {
  year: number;
  defaultDate: string;
  lastYear: { number: string; tasks: number } | null;
}) {
  const router = useRouter();
  const planText = committee.plan;
  const { register, handleSubmit, setError, formState } = useForm<CreateProvincePlanInput>({
    resolver: zodResolver(CreateProvincePlanSchema),
    defaultValues: { year, number: "", date: defaultDate, copyLastYear: !!lastYear },
  });
  const { run, message } = useActionRunner(setError);
  const onSubmit = async (values: CreateProvincePlanInput) => {
    const result = await run(() => createProvincePlanAction(values), planText.created);
    if (result.ok) router.refresh();
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-3" noValidate>
      {message ? (
        <div className="sm:col-span-3">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      <Field label={planText.number} htmlFor="pplan-number" error={err.number?.message}>
        <TextInput id="pplan-number" placeholder="120/KH-BCĐ" {...register("number")} />
      </Field>
      <Field label={planText.date} htmlFor="pplan-date" error={err.date?.message}>
        <TextInput id="pplan-date" type="date" {...register("date")} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {planText.create}
        </Button>
      </div>
      {lastYear ? (
        <label className="flex items-center gap-2 sm:col-span-3">
          <input type="checkbox" {...register("copyLastYear")} />
          {t(planText.copyLastYear, { number: lastYear.number, count: lastYear.tasks })}
        </label>
      ) : null}
    </form>
  );
}
