"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Card, Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { PreviewActions, useChangePreview } from "./preview-flow";
import { convertToTwoLevelsAction, previewConvertAction } from "@/app/(app)/units/changes/actions";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { ConvertProvinceSchema, type ConvertProvinceInput } from "@/lib/contracts/unit-changes/convert-to-two-levels";

type Preview = {
  districts: { id: string; name: string }[];
  communes: number;
  users: { id: string; username: string; fullName: string }[];
  districtReports: unknown[];
  openProposals: number;
};

/** Convert a whole 3-level province to 2 levels (issue #12 §1): preview what ends and moves, then apply. */
export function ConvertForm({ provinces }: { provinces: { id: string; name: string }[] }) {
  const { register, handleSubmit, setError, subscribe, formState } = useForm<ConvertProvinceInput>({
    resolver: zodResolver(ConvertProvinceSchema),
    defaultValues: { provinceId: provinces[0]?.id ?? "" },
  });
  const { run, message } = useActionRunner(setError);
  const [preview, setPreview] = useChangePreview<Preview, ConvertProvinceInput>(subscribe);
  const router = useRouter();
  const onPreview = handleSubmit(async (v) => {
    const result = await run(() => previewConvertAction(v));
    setPreview(result.ok ? result.data : null);
  });
  const apply = handleSubmit(async (values) => {
    const result = await run(() => convertToTwoLevelsAction(values), undefined);
    if (result.ok) {
      setPreview(null);
      router.push(`/units/${values.provinceId}?changed=1`);
    }
  });
  const err = formState.errors;
  return (
    <Card title={text.convert.title}>
      <p className="mb-3 text-sm text-slate-700">{text.convert.note}</p>
      <form className="grid gap-4 sm:grid-cols-3" noValidate onSubmit={onPreview}>
        {message ? (
          <div className="sm:col-span-3">
            <Notice tone={message.tone}>{message.text}</Notice>
          </div>
        ) : null}
        <Field label={text.convert.province} htmlFor="conv-province" error={err.provinceId?.message}>
          <Select id="conv-province" {...register("provinceId")}>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.form.effectiveDate} htmlFor="conv-date" error={err.effectiveDate?.message}>
          <TextInput id="conv-date" placeholder="01/07/2025" {...register("effectiveDate")} />
        </Field>
        <Field label={text.form.legalBasis} htmlFor="conv-basis" error={err.legalBasis?.message}>
          <TextInput id="conv-basis" {...register("legalBasis")} />
        </Field>
        <PreviewActions previewed={!!preview} busy={formState.isSubmitting} onApply={apply} span={3} />
      </form>
      {preview ? (
        <div className="mt-4 space-y-2 text-sm" data-testid="change-preview">
          <h3 className="font-semibold">{text.preview.districts}</h3>
          <ul className="list-disc pl-5">
            {preview.districts.map((d) => (
              <li key={d.id}>{d.name}</li>
            ))}
          </ul>
          <p>{t(text.preview.communes, { n: preview.communes })}</p>
          <h3 className="font-semibold">{text.preview.users}</h3>
          {preview.users.length === 0 ? (
            <p>{text.preview.none}</p>
          ) : (
            <ul className="list-disc pl-5">
              {preview.users.map((u) => (
                <li key={u.id}>
                  {u.fullName} ({u.username})
                </li>
              ))}
            </ul>
          )}
          <p>{t(text.preview.districtReports, { n: preview.districtReports.length })}</p>
          <p>{t(text.preview.openProposals, { n: preview.openProposals })}</p>
        </div>
      ) : null}
    </Card>
  );
}
