import { db } from "@/lib/db";
import type { ActionCase } from "./action-case";

// Isolation cases of the document settings action (issue #15 §4): the province targeted is the unit itself
// (its own province for the secretariat; another unit → not found). The version is the stored one, so the
// own call succeeds; `after` removes the row so the demo documents keep their defaults.
export const DOCUMENT_ACTION_CASES: Record<string, ActionCase> = {
  "documents/settings#saveDocumentSettingsAction": {
    input: async (_a, unitId) => ({
      provinceId: unitId,
      issuerLines: "UBND TỈNH THỬ\nBAN CHỈ ĐẠO 138",
      placeName: "Thử",
      signatoryAuthority: "TM. BAN CHỈ ĐẠO",
      signatoryTitle: "TRƯỞNG BAN",
      signatoryName: "",
      recipients: "Lưu: VT.",
      version:
        (await db.documentSettings.findUnique({ where: { provinceId: unitId }, select: { version: true } }))?.version ??
        0,
    }),
    after: async (actor) => {
      await db.documentSettings.deleteMany({ where: { provinceId: actor.unitId } });
    },
  },
};
