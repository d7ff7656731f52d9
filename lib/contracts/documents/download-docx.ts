import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { DocumentOverridesSchema } from "./document-overrides";

export const downloadDocxContract = defineApiContract({
  method: "GET",
  path: "/api/documents/{kind}/docx",
  auth: "session",
  summary: "The Word file (NĐ 30/2020 layout) of a printable document, with optional overrides; another unit's → 404.",
  permission: null,
  permissionNote: "the permission of the document's page (DOCUMENT_LOADERS in lib/server/documents/load-document.ts)",
  params: z.object({ kind: z.string() }),
  query: DocumentOverridesSchema.loose(),
  output: null,
  produces: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  refusals: ["NOT_FOUND"],
});
