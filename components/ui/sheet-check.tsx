import { Notice } from "@/components/ui/card";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";

/** The verdict of a spreadsheet preview: every row's error, or "all N rows are valid". */
export function SheetCheck({ errors, rows }: { errors: { row: number; message: string }[]; rows: number }) {
  if (!errors.length) return <Notice tone="success">{t(golive.sheet.ok, { count: rows })}</Notice>;
  return (
    <Notice tone="error">
      {t(golive.sheet.rowErrors, { count: new Set(errors.map((e) => e.row)).size })}
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e, i) => (
          <li key={i}>
            {t(golive.sheet.row, { row: e.row })}: {e.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** Field errors of a refused spreadsheet ("row.N" keys) as "Dòng N: …" lines. */
export function sheetRowErrors(fieldErrors: Record<string, string[]> | undefined): string[] {
  return Object.entries(fieldErrors ?? {}).map(
    ([k, v]) => `${t(golive.sheet.row, { row: k.replace("row.", "") })}: ${v.join(" ")}`,
  );
}
