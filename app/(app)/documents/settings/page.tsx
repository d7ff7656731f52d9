import { DocumentSettingsForm } from "@/components/documents/document-settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { documents as text } from "@/lib/i18n/vi/documents";
import { getDocumentSettingsForm } from "@/lib/server/documents/get-document-settings-form";

/** The province secretariat's settings of its administrative documents (issuer lines, place, signatory, "Nơi nhận"). */
export default async function DocumentSettingsPage() {
  const actor = await requirePageActor("programme.manage");
  const documentSettingsForm = await loadOrNotFound(() => getDocumentSettingsForm(actor));
  return (
    <>
      <PageHeader title={text.settingsTitle} subtitle={text.settingsSubtitle} />
      <Card>
        <DocumentSettingsForm
          defaults={{
            provinceId: documentSettingsForm.provinceId,
            issuerLines: documentSettingsForm.issuerLines.join("\n"),
            placeName: documentSettingsForm.placeName,
            signatoryAuthority: documentSettingsForm.signatoryAuthority,
            signatoryTitle: documentSettingsForm.signatoryTitle,
            signatoryName: documentSettingsForm.signatoryName,
            recipients: documentSettingsForm.recipients.join("\n"),
            version: documentSettingsForm.version,
          }}
        />
      </Card>
    </>
  );
}
