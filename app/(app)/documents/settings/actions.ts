"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveDocumentSettingsContract } from "@/lib/contracts/documents/save-document-settings";
import { saveDocumentSettings } from "@/lib/server/documents/save-document-settings";

/** The province secretariat saves the settings of its administrative documents (issue #15 §4). */
export const saveDocumentSettingsAction = defineAction(saveDocumentSettingsContract, async (actor, input) => {
  const result = await saveDocumentSettings(actor, input);
  revalidate("/documents/settings");
  return result;
});
