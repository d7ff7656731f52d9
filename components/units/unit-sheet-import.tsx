"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { SheetCheck, sheetRowErrors } from "@/components/ui/sheet-check";
import { toBase64 } from "@/components/ui/file-base64";
import { applyUnitSheetAction, previewUnitSheetAction } from "@/app/(app)/units/sheet/actions";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";

const text = golive.unitSheet;
type Preview = {
  units: { row: number; code: string; name: string; parentCode: string | null; action: "create" | "update" | "same" }[];
  errors: { row: number; message: string }[];
};

/** Upload → preview (what each row does, every row's errors) → apply all rows in one transaction, or none. */
export function UnitSheetImport() {
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [msg, setMsg] = useState<{ tone: "success" | "error"; text: string; rows: string[] } | null>(null);
  const [pending, start] = useTransition();
  const onFile = (f: File | undefined) =>
    start(async () => {
      setPreview(null);
      setMsg(null);
      if (!f) return;
      const base64 = toBase64(await f.arrayBuffer());
      setFile(base64);
      const result = await previewUnitSheetAction({ fileBase64: base64 });
      if (result.ok) setPreview(result.data);
      else setMsg({ tone: "error", text: result.message, rows: sheetRowErrors(result.fieldErrors) });
    });
  const apply = () =>
    start(async () => {
      if (!file) return;
      const result = await applyUnitSheetAction({ fileBase64: file });
      if (result.ok) {
        setPreview(null);
        setMsg({ tone: "success", text: t(text.done, result.data), rows: [] });
      } else setMsg({ tone: "error", text: result.message, rows: sheetRowErrors(result.fieldErrors) });
    });
  return (
    <div className="space-y-3">
      <label htmlFor="unit-sheet-file" className="block text-sm font-medium">
        {golive.sheet.file}
      </label>
      <input
        id="unit-sheet-file"
        type="file"
        accept=".xlsx"
        disabled={pending}
        className="block text-sm"
        onChange={(e) => onFile(e.target.files?.[0])}
      />
      {msg ? (
        <Notice tone={msg.tone}>
          {msg.text}
          {msg.rows.length ? (
            <ul className="mt-1 list-disc pl-5">
              {msg.rows.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {preview ? (
        <>
          <SheetCheck errors={preview.errors} rows={preview.units.length} />
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th className="text-left">#</th>
                {text.headers.slice(0, 2).map((h) => (
                  <th key={h} className="text-left">
                    {h}
                  </th>
                ))}
                <th className="text-left">{text.headers[3]}</th>
                <th className="text-left">{text.actionHeader}</th>
              </tr>
            </thead>
            <tbody>
              {preview.units.map((u) => (
                <tr key={u.row}>
                  <td>{u.row}</td>
                  <td className="font-mono">{u.code}</td>
                  <td>{u.name}</td>
                  <td>{u.parentCode}</td>
                  <td>{text.actions[u.action]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="button" disabled={pending || preview.errors.length > 0} onClick={apply}>
            {golive.sheet.apply}
          </Button>
        </>
      ) : null}
    </div>
  );
}
