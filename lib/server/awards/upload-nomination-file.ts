import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import {
  UploadNominationFileSchema,
  type UploadNominationFileInput,
} from "@/lib/contracts/reviews/upload-review-attachment";
import { requireOwnNomination } from "./nomination-access";

/** One of the three required files (seed 003 mục III.4); the attachment holds the content, `files` the checklist. */
export async function uploadNominationFile(actor: Actor, raw: UploadNominationFileInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(UploadNominationFileSchema, raw);
  const row = await requireOwnNomination(actor, input.nominationId);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.nominationFile, raw.file);
  const data = Buffer.from(bytes);
  return db.$transaction(async (tx) => {
    const att = await tx.attachment.create({
      data: {
        ownerType: "Nomination",
        ownerId: row.id,
        unitId: row.nominatingUnitId,
        fileName: `${input.kind}__${fileName}`,
        mimeType,
        size: data.length,
        data,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    const files = [...new Set([...row.files, input.kind])];
    await tx.nomination.update({ where: { id: row.id }, data: { files } });
    await writeAudit(tx, auditActor(actor), {
      action: "award.nomination.file",
      entity: "Nomination",
      entityId: row.id,
      unitId: row.nominatingUnitId,
      before: { files: row.files },
      after: { files, attachmentId: att.id },
    });
    return { files };
  });
}
