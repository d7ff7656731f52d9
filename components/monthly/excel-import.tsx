"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Notice } from "@/components/ui/card";
import { FileInput } from "@/components/ui/file-input";
import { toBase64 } from "@/components/ui/file-base64";
import { importMonthlyAction } from "@/app/(app)/monthly/actions";
import { monthly as strings } from "@/lib/i18n/vi/monthly";
import { t } from "@/lib/i18n/t";
import { UPLOAD_POLICIES, acceptAttribute } from "@/lib/uploads/document-types";

/** Upload of the exported layout: row-by-row errors, nothing saved when any row is wrong. */
export function ExcelImport({
  communeId,
  year,
  month,
  version,
}: {
  communeId: string;
  year: number;
  month: number;
  version: number;
}) {
  const router = useRouter();
  const [msg, setMsg] = useState<{ tone: "success" | "error"; text: string; rows?: string[] } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <FileInput
        id="excel-file"
        label={strings.importExcel}
        accept={acceptAttribute(UPLOAD_POLICIES.monthlyWorkbook)}
        disabled={pending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          start(async () => {
            const result = await importMonthlyAction({
              communeId,
              year,
              month,
              version,
              fileBase64: toBase64(await file.arrayBuffer()),
            });
            if (result.ok) {
              setMsg({ tone: "success", text: t(strings.importDone, { count: result.data.rows }) });
              router.refresh();
            } else
              setMsg({
                tone: "error",
                text: result.message,
                rows: Object.entries(result.fieldErrors ?? {}).map(
                  ([k, v]) => `${k.startsWith("row.") ? `Dòng ${k.slice(4)}` : k}: ${v.join(" ")}`,
                ),
              });
            event.target.value = "";
          });
        }}
      />
      {msg ? (
        <Notice tone={msg.tone}>
          {msg.text}
          {msg.rows && msg.rows.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {msg.rows.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
