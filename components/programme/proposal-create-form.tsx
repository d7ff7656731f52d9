"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action";
import { createProposalAction, provinceAddAction } from "@/app/(app)/programme/actions";
import type { HotspotType } from "@/lib/domain/types";
import { vi } from "@/lib/i18n/vi";
import { HotspotTypePicker } from "./hotspot-types";
import { UnitPicker } from "@/components/units/unit-picker";

const text = vi.programme.proposals;
type Candidate = { id: string; name: string; warnings?: string[] };

/**
 * Picks a commune and its types. mode "district": creates a draft and opens it (figures pre-filled);
 * mode "province": the province adds a commune on its own proposal (approved within the cap).
 */
export function ProposalCreateForm({
  programmeId,
  year,
  candidates,
  mode = "district",
}: {
  programmeId: string;
  year: number;
  candidates: Candidate[];
  mode?: "district" | "province";
}) {
  const router = useRouter();
  const [communeId, setCommuneId] = useState("");
  const [types, setTypes] = useState<HotspotType[]>([]);
  const [justification, setJustification] = useState("");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const { run, message } = useActionRunner();
  const [pickedName, setPickedName] = useState("");
  const chosen =
    candidates.find((c) => c.id === communeId) ?? (communeId ? { id: communeId, name: pickedName } : undefined);
  const idp = `new-${mode}`;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    const input = { programmeId, communeId, hotspotTypes: types, justification };
    const result =
      mode === "district"
        ? await run(() => createProposalAction(input))
        : await run(() => provinceAddAction(input), vi.programme.approval.added.replace("{name}", chosen?.name ?? ""));
    setPending(false);
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    if (result.ok && mode === "district") {
      const created = result.data as { id: string; prefilled: number };
      router.push(
        `/programme/${year}/proposals/${created.id}${created.prefilled > 0 ? `?prefilled=${created.prefilled}` : ""}`,
      );
    }
    if (result.ok && mode === "province") {
      setCommuneId("");
      setTypes([]);
      setJustification("");
      router.refresh();
    }
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {mode === "province" ? (
        // The whole province's communes: found by name (issue #11 §4) rather than listed.
        <div>
          <UnitPicker
            id={`${idp}-commune`}
            label={text.commune}
            levels={["COMMUNE"]}
            onSelect={(u) => {
              setCommuneId(u.id);
              setPickedName(u.name);
            }}
          />
          {errors.communeId?.[0] ? (
            <p role="alert" className="text-sm text-red-700">
              {errors.communeId[0]}
            </p>
          ) : null}
        </div>
      ) : (
        <Field label={text.commune} htmlFor={`${idp}-commune`} error={errors.communeId?.[0]}>
          <Select id={`${idp}-commune`} value={communeId} onChange={(e) => setCommuneId(e.target.value)}>
            <option value="">—</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chosen?.warnings?.length ? (
        <Notice tone="warning">
          <strong>{text.warnings}:</strong> {chosen.warnings.join(" ")}
        </Notice>
      ) : null}
      <HotspotTypePicker
        idPrefix={`${idp}-type`}
        legend={text.types}
        value={types}
        onChange={setTypes}
        error={errors.hotspotTypes?.[0]}
      />
      <Field
        label={mode === "province" ? vi.programme.approval.reason : text.justification}
        htmlFor={`${idp}-justification`}
        error={errors.justification?.[0]}
      >
        <TextInput
          id={`${idp}-justification`}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
        />
      </Field>
      <Button type="submit" disabled={pending || !communeId}>
        {mode === "district" ? text.new : vi.programme.approval.addCommune}
      </Button>
    </form>
  );
}
