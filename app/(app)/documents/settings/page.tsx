import { DocumentSettingsForm } from "@/components/documents/document-settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { documents as s } from "@/lib/i18n/vi/documents";
import { getDocumentSettingsForm } from "@/lib/server/documents/get-document-settings-form";

/** The province secretariat's settings of its administrative documents (issuer lines, place, signatory, "Nơi nhận"). */
export default async function DocumentSettingsPage() {
  const actor = await requirePageActor("programme.manage");
  const f = await loadOrNotFound(() => getDocumentSettingsForm(actor));
  return (
    <>
      <PageHeader title={s.settingsTitle} subtitle={s.settingsSubtitle} />
      <Card>
        <DocumentSettingsForm defaults={{
          provinceId: f.provinceId, issuerLines: f.issuerLines.join("\n"), placeName: f.placeName, signatoryAuthority: f.signatoryAuthority,
          signatoryTitle: f.signatoryTitle, signatoryName: f.signatoryName, recipients: f.recipients.join("\n"), version: f.version,
        }} />
      </Card>
    </>
  );
}
