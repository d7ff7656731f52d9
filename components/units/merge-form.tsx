"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Card, Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { PreviewActions, useChangePreview } from "./preview-flow";
import { mergeUnitsAction, previewMergeAction } from "@/app/(app)/units/changes/actions";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { ChangeImpact } from "@/lib/contracts/unit-changes/change-fields";
import { MergeFormSchema } from "@/lib/contracts/unit-changes/merge-units";
import { ImpactList } from "./change-preview";

type Commune = { id: string; name: string };
type Values = z.input<typeof MergeFormSchema>;
type Checked = z.output<typeof MergeFormSchema>;

/** The merge form (issue #12 §1): communes that cease, the receiving or new commune, date, legal basis; preview, then apply. */
export function MergeForm({ communes }: { communes: Commune[] }) {
  const { register, handleSubmit, setError, control, subscribe, formState } = useForm<Values, unknown, Checked>({
    resolver: zodResolver(MergeFormSchema),
    defaultValues: { fromIds: [], intoId: "", newKind: "XA", users: "MOVE" },
  });
  const { run, message } = useActionRunner(setError);
  const [impact, setImpact] = useChangePreview<ChangeImpact, Values>(subscribe);
  const router = useRouter();
  const intoNew = useWatch({ control, name: "intoId" }) === "";
  const payload = (v: Checked) => ({
    fromIds: v.fromIds,
    effectiveDate: v.effectiveDate,
    legalBasis: v.legalBasis,
    users: v.users,
    ...(v.intoId ? { intoId: v.intoId } : { newName: v.newName, newCode: v.newCode, newKind: v.newKind }),
  });
  const preview = handleSubmit(async (v) => {
    const result = await run(() => previewMergeAction(payload(v)));
    setImpact(result.ok ? result.data.impact : null);
  });
  const apply = handleSubmit(async (values) => {
    const result = await run(() => mergeUnitsAction(payload(values)));
    if (result.ok) {
      setImpact(null);
      router.push(`/units/${result.data.id}?changed=1`);
    }
  });
  const names = Object.fromEntries(communes.map((c) => [c.id, c.name]));
  const err = formState.errors;
  return (
    <Card title={text.merge.title}>
      <form className="grid gap-4 sm:grid-cols-2" noValidate onSubmit={preview}>
        {message ? (
          <div className="sm:col-span-2">
            <Notice tone={message.tone}>{message.text}</Notice>
          </div>
        ) : null}
        <Field label={text.merge.from} htmlFor="merge-from" error={err.fromIds?.message}>
          <Select id="merge-from" multiple size={8} {...register("fromIds")}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className="space-y-4">
          <Field label={text.merge.into} htmlFor="merge-into" error={err.intoId?.message}>
            <Select id="merge-into" {...register("intoId")}>
              <option value="">{text.merge.intoNew}</option>
              {communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          {intoNew ? (
            <>
              <Field label={text.merge.newName} htmlFor="merge-name" error={err.newName?.message}>
                <TextInput id="merge-name" {...register("newName")} />
              </Field>
              <Field label={text.merge.newCode} htmlFor="merge-code" error={err.newCode?.message}>
                <TextInput id="merge-code" {...register("newCode")} />
              </Field>
              <Field label={text.merge.newKind} htmlFor="merge-kind" error={err.newKind?.message}>
                <Select id="merge-kind" {...register("newKind")}>
                  <option value="XA">Xã</option>
                  <option value="PHUONG">Phường</option>
                  <option value="DAC_KHU">Đặc khu</option>
                </Select>
              </Field>
            </>
          ) : null}
        </div>
        <Field label={text.form.effectiveDate} htmlFor="merge-date" error={err.effectiveDate?.message}>
          <TextInput id="merge-date" placeholder="01/07/2025" {...register("effectiveDate")} />
        </Field>
        <Field label={text.form.legalBasis} htmlFor="merge-basis" error={err.legalBasis?.message}>
          <TextInput id="merge-basis" {...register("legalBasis")} />
        </Field>
        <Field label={text.form.users} htmlFor="merge-users" error={err.users?.message}>
          <Select id="merge-users" {...register("users")}>
            <option value="MOVE">{text.form.usersMove}</option>
            <option value="DEACTIVATE">{text.form.usersDeactivate}</option>
          </Select>
        </Field>
        <PreviewActions previewed={!!impact} busy={formState.isSubmitting} onApply={apply} />
      </form>
      {impact ? (
        <div className="mt-4">
          <ImpactList impact={impact} names={names} />
        </div>
      ) : null}
    </Card>
  );
}
