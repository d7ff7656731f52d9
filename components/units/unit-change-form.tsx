"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch, type FieldError, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { Card, Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { PreviewActions, useChangePreview } from "./preview-flow";
import {
  ceaseUnitAction,
  moveUnitAction,
  previewCeaseAction,
  previewMoveAction,
  previewNewRuralYearAction,
  previewRenameAction,
  previewSplitAction,
  renameUnitAction,
  setNewRuralYearAction,
  splitUnitAction,
} from "@/app/(app)/units/changes/actions";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { ActionResult } from "@/lib/actions/result";
import type { UnitChangePreview } from "@/lib/contracts/unit-changes/change-fields";
import { RenameUnitSchema } from "@/lib/contracts/unit-changes/rename-unit";
import { SetNewRuralYearSchema } from "@/lib/contracts/unit-changes/set-new-rural-year";
import { CeaseUnitSchema } from "@/lib/contracts/unit-changes/cease-unit";
import { SplitUnitSchema } from "@/lib/contracts/unit-changes/split-unit";
import { MoveUnitSchema } from "@/lib/contracts/unit-changes/move-unit";
import { ImpactList } from "./change-preview";

type Op = keyof typeof text.single.ops;
type Values = {
  op: Op;
  unitId: string;
  effectiveDate: string;
  legalBasis: string;
  newName: string;
  newRuralYear: string;
  parts: string;
  selectionTo: string;
  usersTo: string;
  newParentId: string;
};
type Option = { id: string; name: string };

/** "Tên; Mã" lines → the parts of a split (kind XA; the server validates each). */
const parseParts = (typed: string) =>
  typed
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name = "", code = ""] = l.split(";").map((x) => x.trim());
      return { name, code };
    });
const index = (v: string) => (v.trim() === "" ? null : Number(v) - 1);
const when = (v: Values) => ({ unitId: v.unitId, effectiveDate: v.effectiveDate, legalBasis: v.legalBasis });
const splitOf = (v: Values) => ({
  ...when(v),
  parts: parseParts(v.parts),
  selectionTo: index(v.selectionTo) ?? 0,
  usersTo: index(v.usersTo),
});

/** Each operation's request, made from the form's text fields. */
const requests = {
  rename: (v: Values) => ({ ...when(v), newName: v.newName }),
  newRural: (v: Values) => ({
    unitId: v.unitId,
    legalBasis: v.legalBasis,
    newRuralYear: v.newRuralYear.trim() ? Number(v.newRuralYear) : null,
  }),
  cease: when,
  split: splitOf,
  move: (v: Values) => ({ ...when(v), newParentId: v.newParentId }),
} satisfies Record<Op, (v: Values) => unknown>;

/** The contract input schema each operation's request is checked with, in the browser as on the server. */
const SCHEMAS: Record<Op, z.ZodType> = {
  rename: RenameUnitSchema,
  newRural: SetNewRuralYearSchema,
  cease: CeaseUnitSchema,
  split: SplitUnitSchema,
  move: MoveUnitSchema,
};

/** Checks the chosen operation's request; an error inside a split's parts shows on the field they were typed in. */
const resolver: Resolver<Values> = async (values) => {
  const result = SCHEMAS[values.op].safeParse(requests[values.op](values));
  if (result.success) return { values, errors: {} };
  const errors: Partial<Record<keyof Values, FieldError>> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "op") as keyof Values;
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};

/** One unit's change (issue #12 §1): rename, new-rural year, cease, split, move; each is previewed before it is applied. */
export function UnitChangeForm({ communes, parents }: { communes: Option[]; parents: Option[] }) {
  const { register, handleSubmit, setError, control, subscribe, formState } = useForm<Values>({
    resolver,
    defaultValues: { op: "rename", unitId: communes[0]?.id ?? "" },
  });
  const { run, message } = useActionRunner(setError);
  const [impact, setImpact] = useChangePreview<UnitChangePreview, Values>(subscribe);
  const router = useRouter();
  const op = useWatch({ control, name: "op" });
  const calls: Record<Op, (v: Values) => Promise<ActionResult<unknown>>> = {
    rename: (v) => renameUnitAction(requests.rename(v)),
    newRural: (v) => setNewRuralYearAction(requests.newRural(v)),
    cease: (v) => ceaseUnitAction(requests.cease(v)),
    split: (v) => splitUnitAction(requests.split(v)),
    move: (v) => moveUnitAction(requests.move(v)),
  };
  const previews: Record<Op, (v: Values) => Promise<ActionResult<UnitChangePreview>>> = {
    rename: (v) => previewRenameAction(requests.rename(v)),
    newRural: (v) => previewNewRuralYearAction(requests.newRural(v)),
    cease: (v) => previewCeaseAction(requests.cease(v)),
    split: (v) => previewSplitAction(requests.split(v)),
    move: (v) => previewMoveAction(requests.move(v)),
  };
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
    <Card title={text.single.title}>
      <form className="grid gap-4 sm:grid-cols-2" noValidate onSubmit={onPreview}>
        {message ? (
          <div className="sm:col-span-2">
            <Notice tone={message.tone}>{message.text}</Notice>
          </div>
        ) : null}
        <Field label={text.single.operation} htmlFor="one-op">
          <Select id="one-op" {...register("op")}>
            {(Object.keys(text.single.ops) as Op[]).map((k) => (
              <option key={k} value={k}>
                {text.single.ops[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.single.unit} htmlFor="one-unit" error={err.unitId?.message}>
          <Select id="one-unit" {...register("unitId")}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        {op === "rename" ? (
          <Field label={text.single.newName} htmlFor="one-name" error={err.newName?.message}>
            <TextInput id="one-name" {...register("newName")} />
          </Field>
        ) : null}
        {op === "newRural" ? (
          <Field label={text.single.newRuralYear} htmlFor="one-ntm" error={err.newRuralYear?.message}>
            <TextInput id="one-ntm" inputMode="numeric" {...register("newRuralYear")} />
          </Field>
        ) : null}
        {op === "split" ? (
          <>
            <Field label={text.single.parts} htmlFor="one-parts" error={err.parts?.message}>
              <textarea
                id="one-parts"
                rows={3}
                className="block w-full rounded-md border border-slate-300 px-3 py-2"
                placeholder="Xã Tân An; 30101"
                {...register("parts")}
              />
            </Field>
            <Field label={text.single.selectionTo} htmlFor="one-selto" error={err.selectionTo?.message}>
              <TextInput id="one-selto" inputMode="numeric" defaultValue="1" {...register("selectionTo")} />
            </Field>
            <Field label={text.single.usersTo} htmlFor="one-usersto" error={err.usersTo?.message}>
              <TextInput id="one-usersto" inputMode="numeric" {...register("usersTo")} />
            </Field>
          </>
        ) : null}
        {op === "move" ? (
          <Field label={text.single.newParent} htmlFor="one-parent" error={err.newParentId?.message}>
            <Select id="one-parent" {...register("newParentId")}>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {op !== "newRural" ? (
          <Field label={text.form.effectiveDate} htmlFor="one-date" error={err.effectiveDate?.message}>
            <TextInput id="one-date" placeholder="01/07/2025" {...register("effectiveDate")} />
          </Field>
        ) : null}
        <Field label={text.form.legalBasis} htmlFor="one-basis" error={err.legalBasis?.message}>
          <TextInput id="one-basis" {...register("legalBasis")} />
        </Field>
        <PreviewActions previewed={!!impact} busy={formState.isSubmitting} onApply={apply} />
      </form>
      {impact ? (
        <div className="mt-4">
          <ImpactList impact={impact} names={{}} />
        </div>
      ) : null}
    </Card>
  );
}
