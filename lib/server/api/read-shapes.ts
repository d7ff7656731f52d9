import "server-only";
import { type PageParams } from "./http";

// Read use cases of the data API (/api/v1). Every list is narrowed to the actor's subtree, keyset-paginated
// on the id; a record outside the subtree is "not found".

export const unitSelect = { id: true, code: true, name: true, level: true, kind: true, parentId: true, provinceId: true, validFrom: true, validTo: true } as const;

export const dayString = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const unitOut = (u: { validFrom: Date; validTo: Date | null } & Record<string, unknown>) => ({ ...u, validFrom: dayString(u.validFrom), validTo: dayString(u.validTo) });

export const after = (p: PageParams) => (p.after ? { id: { gt: p.after } } : {});
