import "server-only";
import { db } from "@/lib/db";

/** The files attached to the given owners (no bytes); the caller has checked the owners' scope. */
export async function listAttachments(ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db.attachment.findMany({
    where: { ownerType, ownerId: { in: ownerIds } },
    select: { id: true, ownerId: true, fileName: true, size: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}
