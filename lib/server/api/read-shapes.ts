import "server-only";
import type { PageParams } from "./http";

// Shapes shared by the read use cases of the data API (/api/v1, `api-*.ts`). Every list is narrowed to the
// actor's subtree, keyset-paginated on the id; a record outside the subtree is "not found".

/** The unit columns every API answer shows. */
export const unitSelect = {
  id: true,
  code: true,
  name: true,
  level: true,
  kind: true,
  parentId: true,
  provinceId: true,
  validFrom: true,
  validTo: true,
} as const;

/** A date column as yyyy-MM-dd (null stays null). */
export const dayString = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type Dated = { validFrom: Date; validTo: Date | null };
type DayStrings = { validFrom: string | null; validTo: string | null };
/** A unit as the API returns it: validity days as yyyy-MM-dd. */
export const unitOut = <T extends Dated>(u: T): Omit<T, keyof Dated> & DayStrings => ({
  ...u,
  validFrom: dayString(u.validFrom),
  validTo: dayString(u.validTo),
});

/** The keyset condition of the page after a cursor. */
export const after = (p: PageParams) => (p.after ? { id: { gt: p.after } } : {});
