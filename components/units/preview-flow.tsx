"use client";

import { useEffect, useState } from "react";
import type { FieldValues, UseFormSubscribe } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";

/**
 * The preview of an administrative change (issue #12 §1) held by its form: `null` until "Xem trước" answers, and
 * taken away by any edit, so "Áp dụng" never applies values nobody previewed. Takes the form's `subscribe`.
 */
export function useChangePreview<P, V extends FieldValues>(subscribe: UseFormSubscribe<V>) {
  const [preview, setPreview] = useState<P | null>(null);
  useEffect(() => subscribe({ formState: { values: true }, callback: () => setPreview(null) }), [subscribe]);
  return [preview, setPreview] as const;
}

/** "Xem trước" (the form's submit) and, once a preview is shown, "Áp dụng thay đổi"; `span`: the form's grid columns. */
export function PreviewActions(props: { previewed: boolean; busy: boolean; onApply: () => void; span?: 2 | 3 }) {
  const { previewed, busy, onApply, span = 2 } = props;
  return (
    <div className={`flex gap-2 ${span === 3 ? "sm:col-span-3" : "sm:col-span-2"}`}>
      <Button type="submit" variant="secondary" disabled={busy}>
        {text.form.preview}
      </Button>
      {previewed ? (
        <Button type="button" onClick={onApply} disabled={busy}>
          {text.form.apply}
        </Button>
      ) : null}
    </div>
  );
}
