"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { SheetCheck, sheetRowErrors } from "@/components/ui/sheet-check";
import { downloadBase64, toBase64 } from "@/components/ui/file-base64";
import { createBulkUsersAction, previewBulkUsersAction } from "@/app/(app)/users/bulk/actions";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = golive.bulkUsers;
type Created = {
  count: number;
  accounts: { username: string; fullName: string; unitCode: string; password: string }[];
  fileBase64: string;
  fileName: string;
};

/** Upload → preview with every row's errors → create all rows or none → passwords shown and downloadable once. */
export function BulkUsersImport({ roleLabels }: { roleLabels: Record<string, string> }) {
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<{
    rows: {
      row: number;
      username: string;
      fullName: string;
      role: string | null;
      unitCode: string;
      unitName: string | null;
    }[];
    errors: { row: number; message: string }[];
  } | null>(null);
  const [error, setError] = useState<{ text: string; rows: string[] } | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [pending, start] = useTransition();

  const onFile = (f: File | undefined) =>
    start(async () => {
      setPreview(null);
      setError(null);
      setCreated(null);
      if (!f) return;
      const base64 = toBase64(await f.arrayBuffer());
      setFile(base64);
      const result = await previewBulkUsersAction({ fileBase64: base64 });
      if (result.ok) setPreview(result.data);
      else setError({ text: result.message, rows: sheetRowErrors(result.fieldErrors) });
    });
  const create = () =>
    start(async () => {
      if (!file) return;
      const bulkUsersAction = await createBulkUsersAction({ fileBase64: file });
      if (bulkUsersAction.ok) {
        setCreated(bulkUsersAction.data);
        setPreview(null);
        setFile(null);
      } else setError({ text: bulkUsersAction.message, rows: sheetRowErrors(bulkUsersAction.fieldErrors) });
    });

  if (created) {
    return (
      <div className="space-y-3">
        <Notice tone="success">{t(text.created, { count: created.count })}</Notice>
        <Button type="button" onClick={() => downloadBase64(created.fileBase64, created.fileName, XLSX)}>
          {text.download}
        </Button>
        <table className="w-full text-sm">
          <thead>
            <tr>
              {text.resultHeaders
                .filter((_, i) => i !== 2)
                .map((h) => (
                  <th key={h} className="text-left">
                    {h}
                  </th>
                ))}
            </tr>
          </thead>
          <tbody>
            {created.accounts.map((a) => (
              <tr key={a.username}>
                <td className="font-mono">{a.username}</td>
                <td>{a.fullName}</td>
                <td>{a.unitCode}</td>
                <td className="font-mono">{a.password}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <label htmlFor="bulk-users-file" className="block text-sm font-medium">
        {golive.sheet.file}
      </label>
      <input
        id="bulk-users-file"
        type="file"
        accept=".xlsx"
        disabled={pending}
        className="block text-sm"
        onChange={(e) => onFile(e.target.files?.[0])}
      />
      {error ? (
        <Notice tone="error">
          {error.text}
          {error.rows.length ? (
            <ul className="mt-1 list-disc pl-5">
              {error.rows.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {preview ? (
        <>
          <SheetCheck errors={preview.errors} rows={preview.rows.length} />
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th className="text-left">#</th>
                {text.headers
                  .filter((_, i) => i !== 2)
                  .map((h) => (
                    <th key={h} className="text-left">
                      {h}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td className="font-mono">{r.username}</td>
                  <td>{r.fullName}</td>
                  <td>{r.role ? roleLabels[r.role] : "—"}</td>
                  <td>
                    {r.unitCode}
                    {r.unitName ? ` · ${r.unitName}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="button" disabled={pending || preview.errors.length > 0} onClick={create}>
            {golive.sheet.apply}
          </Button>
        </>
      ) : null}
    </div>
  );
}
