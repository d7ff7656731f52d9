"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveDocumentSettings } from "@/lib/server/documents/document-settings";
import { SaveDocumentSettingsSchema } from "@/lib/server/documents/schemas";

/** The province secretariat saves the settings of its administrative documents (issue #15 §4). */
export const saveDocumentSettingsAction = defineAction("programme.manage", SaveDocumentSettingsSchema, async (actor, input) => {
  const result = await saveDocumentSettings(actor, input);
  revalidate("/documents/settings");
  return result;
});
