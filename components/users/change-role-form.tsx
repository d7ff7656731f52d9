"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { UnitPicker } from "@/components/units/unit-picker";
import { useActionRunner } from "@/components/ui/use-action";
import { changeUserRoleAction } from "@/app/(app)/users/actions";
import { ChangeUserRoleSchema, type ChangeUserRoleInput } from "@/lib/contracts/users/change-user-role";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/vi";

/**
 * New role and unit of a user. Offers only the roles the actor may assign and, for the chosen role, finds only
 * units of the actor's subtree at a level that role may sit at (the one unit search; the server checks it all again).
 * The unit stays the user's current one until another is chosen.
 */
export function ChangeRoleForm(props: {
  user: ChangeUserRoleInput;
  roles: Role[];
  roleLevels: Record<Role, readonly UnitLevel[]>;
}) {
  const { register, handleSubmit, setError, setValue, control, reset, formState } = useForm<ChangeUserRoleInput>({
    resolver: zodResolver(ChangeUserRoleSchema),
    defaultValues: props.user,
  });
  const { run, message } = useActionRunner(setError);
  const router = useRouter();
  const role = useWatch({ control, name: "role" });
  const text = vi.access.changeRole;
  const onSubmit = async (values: ChangeUserRoleInput) => {
    const result = await run(() => changeUserRoleAction(values), text.done);
    if (result.ok) {
      reset({ ...values, version: result.data.version }); // a second change starts from the saved version
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
      <Field label={text.role} htmlFor="change-role" error={err.role?.message}>
        <Select id="change-role" {...register("role")}>
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {vi.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <UnitPicker
          id="change-unitId"
          label={text.unit}
          levels={[...(props.roleLevels[role] ?? [])]}
          onSelect={(u) => setValue("unitId", u.id, { shouldValidate: true })}
        />
        <input type="hidden" {...register("unitId")} />
        {err.unitId?.message ? (
          <p role="alert" className="text-sm text-red-700">
            {err.unitId.message}
          </p>
        ) : null}
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {text.submit}
        </Button>
      </div>
    </form>
  );
}
