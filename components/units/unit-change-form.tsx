"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import {
  ceaseUnitAction, moveUnitAction, previewCeaseAction, previewSplitAction, renameUnitAction, setNewRuralYearAction, splitUnitAction,
} from "@/app/(app)/units/changes/actions";
import { unitChanges as changeText } from "@/lib/i18n/vi/unit-changes";
import type { ActionResult } from "@/lib/actions/result";
import type { ChangeImpact } from "@/lib/server/units/changes/impact";
import { ImpactList } from "./change-preview";

type Op = keyof typeof changeText.single.ops;
type Values = {
  op: Op; unitId: string; effectiveDate: string; legalBasis: string; newName: string; newRuralYear: string;
  parts: string; selectionTo: string; usersTo: string; newParentId: string;
};
type Option = { id: string; name: string };

/** "Tên; Mã" lines → the parts of a split (kind XA; the server validates each). */
const parseParts = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean).map((line) => {
  const [name = "", code = ""] = line.split(";").map((x) => x.trim());
  return { name, code };
});
const index = (v: string) => (v.trim() === "" ? null : Number(v) - 1);

/** One unit's change (issue #12 §1): rename, new-rural year, cease, split, move; cease and split are previewed first. */
export function UnitChangeForm({ communes, parents }: { communes: Option[]; parents: Option[] }) {
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({ defaultValues: { op: "rename", unitId: communes[0]?.id ?? "" } });
  const { run, message } = useActionRunner(setError);
  const [impact, setImpact] = useState<ChangeImpact | null>(null);
  const router = useRouter();
  const op = useWatch({ control, name: "op" });
  const when = (v: Values) => ({ unitId: v.unitId, effectiveDate: v.effectiveDate, legalBasis: v.legalBasis });
  const split = (v: Values) => ({ ...when(v), parts: parseParts(v.parts), selectionTo: index(v.selectionTo) ?? 0, usersTo: index(v.usersTo) });
  const calls: Record<Op, (v: Values) => Promise<ActionResult<unknown>>> = {
    rename: (v) => renameUnitAction({ ...when(v), newName: v.newName }),
    newRural: (v) => setNewRuralYearAction({ unitId: v.unitId, legalBasis: v.legalBasis, newRuralYear: v.newRuralYear.trim() ? Number(v.newRuralYear) : null }),
    cease: (v) => ceaseUnitAction(when(v)),
    split: (v) => splitUnitAction(split(v)),
    move: (v) => moveUnitAction({ ...when(v), newParentId: v.newParentId }),
  };
  const previews: Partial<Record<Op, (v: Values) => Promise<ActionResult<ChangeImpact>>>> = {
    cease: (v) => previewCeaseAction(when(v)),
    split: (v) => previewSplitAction(split(v)),
  };
  const needsPreview = op in previews;
  const onPreview = handleSubmit(async (values) => {
    const result = await run(() => previews[values.op]!(values));
    setImpact(result.ok ? result.data : null);
  });
  const apply = handleSubmit(async (values) => {
    const result = await run(() => calls[values.op](values));
    if (result.ok) router.push(`/units/${values.unitId}?changed=1`);
  });
  const err = formState.errors;
  return (
    <Card title={changeText.single.title}>
      <form className="grid gap-4 sm:grid-cols-2" noValidate onSubmit={needsPreview ? onPreview : apply}>
        {message ? <div className="sm:col-span-2"><Notice tone={message.tone}>{message.text}</Notice></div> : null}
        <Field label={changeText.single.operation} htmlFor="one-op">
          <Select id="one-op" {...register("op", { onChange: () => setImpact(null) })}>
            {(Object.keys(changeText.single.ops) as Op[]).map((k) => <option key={k} value={k}>{changeText.single.ops[k]}</option>)}
          </Select>
        </Field>
        <Field label={changeText.single.unit} htmlFor="one-unit" error={err.unitId?.message}>
          <Select id="one-unit" {...register("unitId")}>{communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</Select>
        </Field>
        {op === "rename" ? <Field label={changeText.single.newName} htmlFor="one-name" error={err.newName?.message}><TextInput id="one-name" {...register("newName")} /></Field> : null}
        {op === "newRural" ? (
          <Field label={changeText.single.newRuralYear} htmlFor="one-ntm" error={err.newRuralYear?.message}><TextInput id="one-ntm" inputMode="numeric" {...register("newRuralYear")} /></Field>
        ) : null}
        {op === "split" ? (
          <>
            <Field label={changeText.single.parts} htmlFor="one-parts" error={err.parts?.message}>
              <textarea id="one-parts" rows={3} className="block w-full rounded-md border border-slate-300 px-3 py-2" placeholder="Xã Tân An; 30101" {...register("parts")} />
            </Field>
            <Field label={changeText.single.selectionTo} htmlFor="one-selto" error={err.selectionTo?.message}><TextInput id="one-selto" inputMode="numeric" defaultValue="1" {...register("selectionTo")} /></Field>
            <Field label={changeText.single.usersTo} htmlFor="one-usersto" error={err.usersTo?.message}><TextInput id="one-usersto" inputMode="numeric" {...register("usersTo")} /></Field>
          </>
        ) : null}
        {op === "move" ? (
          <Field label={changeText.single.newParent} htmlFor="one-parent" error={err.newParentId?.message}>
            <Select id="one-parent" {...register("newParentId")}>{parents.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</Select>
          </Field>
        ) : null}
        {op !== "newRural" ? (
          <Field label={changeText.form.effectiveDate} htmlFor="one-date" error={err.effectiveDate?.message}><TextInput id="one-date" placeholder="01/07/2025" {...register("effectiveDate")} /></Field>
        ) : null}
        <Field label={changeText.form.legalBasis} htmlFor="one-basis" error={err.legalBasis?.message}><TextInput id="one-basis" {...register("legalBasis")} /></Field>
        <div className="flex gap-2 sm:col-span-2">
          {needsPreview ? <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>{changeText.form.preview}</Button> : null}
          {!needsPreview || impact ? <Button type={needsPreview ? "button" : "submit"} onClick={needsPreview ? apply : undefined} disabled={formState.isSubmitting}>{changeText.form.apply}</Button> : null}
        </div>
      </form>
      {impact ? <div className="mt-4"><ImpactList impact={impact} names={{}} /></div> : null}
    </Card>
  );
}
