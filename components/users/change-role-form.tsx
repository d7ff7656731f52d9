"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { changeUserRoleAction } from "@/app/(app)/users/actions";
import { ChangeUserRoleSchema, type ChangeUserRoleInput } from "@/lib/server/users/schemas";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/vi";

type UnitOption = { id: string; name: string; level: UnitLevel };

/**
 * New role and unit of a user. Offers only the roles the actor may assign and, for the chosen role, only the
 * units of the actor's subtree at a level that role may sit at (the server checks all of it again).
 */
export function ChangeRoleForm(props: { user: ChangeUserRoleInput; roles: Role[]; roleLevels: Record<Role, readonly UnitLevel[]>; units: UnitOption[] }) {
  const { register, handleSubmit, setError, setValue, getValues, watch, reset, formState } = useForm<ChangeUserRoleInput>({
    resolver: zodResolver(ChangeUserRoleSchema),
    defaultValues: props.user,
  });
  const { run, message } = useActionRunner(setError);
  const router = useRouter();
  const role = watch("role");
  const units = props.units.filter((u) => props.roleLevels[role]?.includes(u.level));
  // A role change may leave the chosen unit at a level the new role cannot sit at: take the first that fits.
  useEffect(() => {
    if (!units.some((u) => u.id === getValues("unitId"))) setValue("unitId", units[0]?.id ?? "");
  }, [units, getValues, setValue]);
  const s = vi.access.changeRole;
  const onSubmit = async (values: ChangeUserRoleInput) => {
    const result = await run(() => changeUserRoleAction(values), s.done);
    if (result.ok) {
      reset({ ...values, version: result.data.version }); // a second change starts from the saved version
      router.refresh();
    }
  };
  const err = formState.errors;
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-4 sm:grid-cols-2" noValidate>
      {message ? <div className="sm:col-span-2"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
      <Field label={s.role} htmlFor="change-role" error={err.role?.message}>
        <Select id="change-role" {...register("role")}>
          {props.roles.map((r) => <option key={r} value={r}>{vi.roles[r]}</option>)}
        </Select>
      </Field>
      <Field label={s.unit} htmlFor="change-unitId" error={err.unitId?.message}>
        <Select id="change-unitId" {...register("unitId")}>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>{s.submit}</Button>
      </div>
    </form>
  );
}
