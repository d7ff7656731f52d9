import { Button } from "@/components/ui/button";
import type { OfficialDocument } from "@/lib/documents/official-document";
import { documents as text } from "@/lib/i18n/vi/documents";

const LINK =
  "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";
const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm";

/** The Word download of a document (`/api/documents/<kind>/docx?<query>`), as given by `docxHref`. */
export function DocxLink({ href }: { href: string }) {
  return (
    <a href={href} download className={LINK} data-testid="docx-download">
      {text.word}
    </a>
  );
}

/**
 * A small GET form that downloads the Word file with this document's number, place, signatory and "Nơi nhận"
 * changed (the route validates them with `DocumentOverridesSchema`); the document's own query stays in hidden fields.
 */
export function DocxOverrideForm({ href, doc }: { href: string; doc: OfficialDocument }) {
  const [path, query = ""] = href.split("?");
  const hidden = [...new URLSearchParams(query)];
  const field = (name: string, label: string, value: string) => (
    <label className="block text-sm">
      {label}
      <input name={name} defaultValue={value} className={INPUT} />
    </label>
  );
  return (
    <details className="no-print mb-4 rounded border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm text-brand-700">{text.customise}</summary>
      <form method="get" action={path} className="mt-3 grid gap-3 sm:grid-cols-2">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {field("number", text.number, doc.number.trim())}
        {field("place", text.place, doc.place)}
        {field("signerAuthority", text.signerAuthority, doc.signer.authority ?? "")}
        {field("signerTitle", text.signerTitle, doc.signer.title)}
        {field("signerName", text.signerName, doc.signer.name)}
        <label className="block text-sm sm:col-span-2">
          {text.recipients}
          <textarea name="recipients" rows={4} defaultValue={doc.recipients.join("\n")} className={INPUT} />
        </label>
        <p className="text-xs text-slate-600 sm:col-span-2">{text.customiseHint}</p>
        <div>
          <Button type="submit" variant="secondary">
            {text.download}
          </Button>
        </div>
      </form>
    </details>
  );
}
