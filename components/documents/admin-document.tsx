import type { ReactNode } from "react";
import { officialDateText } from "@/lib/domain/official-date";
import { DOCUMENT_LAYOUT, MOTTO, NATIONAL_TITLE, printStylesheet } from "@/lib/documents/layout";

/**
 * Layout of a Vietnamese administrative document (thể thức văn bản hành chính, Nghị định 30/2020/NĐ-CP):
 * issuing body (top left) and Quốc hiệu – Tiêu ngữ (top right), số/ký hiệu and place–date, title,
 * body, then "Nơi nhận" (bottom left) and the signature block (bottom right). Prints on A4 with the one print
 * stylesheet of `lib/documents/layout.ts` (margins, page numbers from page 2, table header repeated).
 * Generic: any report or decision passes its own lines.
 */
export type AdminDocumentProps = {
  /** Issuing body, top first: e.g. ["UBND TỈNH LONG GIANG", "BAN CHỈ ĐẠO 138"]; the last line is bold. */
  issuer: string[];
  /** Số, ký hiệu: "09/QĐ-BCĐ" (printed as "Số: 09/QĐ-BCĐ"). */
  number?: string;
  /** Place name of the date line: "Long Giang". */
  place: string;
  /** The date, already formatted parts: { day, month, year } or a preformatted "ngày … tháng … năm …". */
  date: { day: number; month: number; year: number } | string;
  /** Kind of document in capitals ("QUYẾT ĐỊNH", "BÁO CÁO") and its summary line. */
  title: string;
  subtitle?: string;
  children: ReactNode;
  /** "Nơi nhận" lines. */
  recipients?: string[];
  signer?: { authority?: string; title: string; name: string; onBehalf?: string };
};

/** Width of a short rule, the same share of its column as in the Word file. */
const rule = (which: keyof typeof DOCUMENT_LAYOUT.ruleShare) => ({
  width: `${DOCUMENT_LAYOUT.ruleShare[which] * 100}%`,
});

export function AdminDocument({
  issuer,
  number,
  place,
  date,
  title,
  subtitle,
  children,
  recipients,
  signer,
}: AdminDocumentProps) {
  const dateLine = typeof date === "string" ? date : officialDateText(date);
  return (
    <article
      className="admin-document mx-auto max-w-[210mm] bg-white px-6 py-8 font-serif text-[15px] leading-relaxed text-black sm:px-12 print:p-0"
      lang="vi"
      style={{ fontFamily: `"${DOCUMENT_LAYOUT.font}", serif` }}
    >
      <style>{printStylesheet()}</style>
      <header className="grid grid-cols-1 gap-4 text-center sm:grid-cols-[2fr_3fr]">
        <div>
          {issuer.map((line, i) => (
            <p key={i} className={`uppercase ${i === issuer.length - 1 ? "font-bold" : ""}`}>
              {line}
            </p>
          ))}
          <div className="mx-auto mt-1 border-t border-black" style={rule("issuer")} aria-hidden />
          {number ? <p className="mt-2">Số: {number}</p> : null}
        </div>
        <div>
          <p className="font-bold">{NATIONAL_TITLE}</p>
          <p className="font-bold">{MOTTO}</p>
          <div className="mx-auto mt-1 border-t border-black" style={rule("motto")} aria-hidden />
          <p className="mt-2 italic">
            {place}, {dateLine}
          </p>
        </div>
      </header>
      <h1 className="mt-8 text-center text-lg font-bold uppercase">{title}</h1>
      {subtitle ? <p className="mx-auto max-w-xl text-center font-bold">{subtitle}</p> : null}
      <div className="mx-auto mt-1 border-t border-black" style={rule("summary")} aria-hidden />
      <div className="mt-6 space-y-3 text-justify">{children}</div>
      <footer className="mt-10 grid grid-cols-1 gap-6 sm:grid-cols-2">
        <div className="text-[11pt]">
          {recipients?.length ? (
            <>
              <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
              <ul>
                {recipients.map((r, i) => (
                  <li key={i}>- {r}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        {signer ? (
          <div className="text-center">
            {signer.onBehalf ? <p className="font-bold uppercase">{signer.onBehalf}</p> : null}
            {signer.authority ? <p className="font-bold uppercase">{signer.authority}</p> : null}
            <p className="font-bold uppercase">{signer.title}</p>
            <p className="mt-20 font-bold">{signer.name}</p>
          </div>
        ) : null}
      </footer>
    </article>
  );
}
