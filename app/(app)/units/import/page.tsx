import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ImportConfirm } from "@/components/units/import-confirm";
import { requirePageActor } from "@/lib/authz/page";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { previewOfficialImport } from "@/lib/server/units/preview-official-import";
import { type ImportPreview } from "@/lib/server/units/official-import-plan";
import { officialProvinces } from "@/lib/server/units/official-source";
import { OfficialImportSchema } from "@/lib/contracts/units/import-official-province";

const text = vi.golive.import;
const SHOWN = 50;

export default async function ImportProvincePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("unit.import");
  const params = await searchParams;
  const input = OfficialImportSchema.safeParse({ provinceCode: params.province, withHistory: params.history === "1" });
  let preview: ImportPreview | null = null;
  let error: string | null = null;
  if (input.success) {
    try {
      preview = await previewOfficialImport(actor, input.data);
    } catch (failure) {
      if (!(failure instanceof AppError)) throw failure;
      error = failure.message;
    }
  }
  return (
    <>
      <PageHeader title={text.title} subtitle={text.subtitle} />
      <Card className="mb-6">
        <form method="get" className="grid gap-4 sm:grid-cols-3">
          <Field label={text.province} htmlFor="province">
            <Select id="province" name="province" defaultValue={params.province}>
              {officialProvinces().map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} · {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <label className="flex items-center gap-2 sm:col-span-2">
            <input type="checkbox" name="history" value="1" defaultChecked={params.history === "1"} />{" "}
            {text.withHistory}
          </label>
          <div>
            <Button type="submit">{text.preview}</Button>
          </div>
        </form>
      </Card>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {preview ? <PreviewCards preview={preview} /> : null}
    </>
  );
}

function PreviewCards({ preview }: { preview: ImportPreview }) {
  const changes = preview.changes;
  const nothing = changes.created.length === 0 && changes.renamed.length === 0 && changes.successionsAdded === 0;
  return (
    <div className="space-y-6">
      <Card title={preview.provinceName}>
        <dl className="grid gap-2 sm:grid-cols-2">
          <dt className="font-medium">{text.communes}</dt>
          <dd>
            {formatNumber(preview.communes)} (
            {Object.entries(preview.communesByKind)
              .map(([k, n]) => `${vi.kinds[k as keyof typeof vi.kinds]}: ${formatNumber(n ?? 0)}`)
              .join(", ")}
            )
          </dd>
          {preview.withHistory ? (
            <>
              <dt className="font-medium">{text.formerDistricts}</dt>
              <dd>{formatNumber(preview.formerDistricts)}</dd>
              <dt className="font-medium">{text.formerCommunes}</dt>
              <dd>{formatNumber(preview.formerCommunes)}</dd>
              <dt className="font-medium">{text.successions}</dt>
              <dd>{formatNumber(preview.successions)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card title={text.changes}>
        {nothing ? (
          <p>{text.nothingToDo}</p>
        ) : (
          <ul className="list-disc pl-6">
            <li>{t(text.created, { n: formatNumber(changes.created.length) })}</li>
            <li>
              {t(text.renamed, { n: formatNumber(changes.renamed.length) })}
              {changes.renamed.length
                ? `: ${changes.renamed
                    .slice(0, SHOWN)
                    .map((r) => `${r.from} → ${r.to}`)
                    .join("; ")}`
                : ""}
            </li>
            <li>{t(text.unchanged, { n: formatNumber(changes.unchanged) })}</li>
            <li>{t(text.linksAdded, { n: formatNumber(changes.successionsAdded) })}</li>
          </ul>
        )}
        {changes.conflicts.length ? (
          <>
            <h3 className="mt-4 font-medium">{text.conflicts}</h3>
            <ul className="list-disc pl-6">
              {changes.conflicts.map((x) => (
                <li key={x.code}>{x.message}</li>
              ))}
            </ul>
          </>
        ) : null}
        {/* Always mounted: after the import the page refreshes to "nothing to change" and the result stays shown. */}
        <div className="mt-4">
          <ImportConfirm
            provinceCode={preview.provinceCode}
            provinceName={preview.provinceName}
            withHistory={preview.withHistory}
            canConfirm={!nothing}
          />
        </div>
      </Card>
      <Card title={text.committeeNames}>
        <ul className="list-disc pl-6">
          {preview.committeeNames.slice(0, 10).map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        {preview.committeeNames.length > 10 ? (
          <p>{t(text.more, { n: formatNumber(preview.committeeNames.length - 10) })}</p>
        ) : null}
      </Card>
      <Card title={`${text.defects} (${formatNumber(preview.defects.length)})`}>
        {preview.defects.length === 0 ? (
          <p>{text.noDefects}</p>
        ) : (
          <ul className="list-disc pl-6">
            {preview.defects.slice(0, SHOWN).map((d, i) => (
              <li key={i}>
                <span className="font-mono">{d.row}</span>: {d.message}
              </li>
            ))}
          </ul>
        )}
        {preview.defects.length > SHOWN ? (
          <p>{t(text.more, { n: formatNumber(preview.defects.length - SHOWN) })}</p>
        ) : null}
      </Card>
    </div>
  );
}
