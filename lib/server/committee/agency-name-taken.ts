import { validation } from "@/lib/errors";
import { committee } from "@/lib/i18n/vi/committee";

/** A unique-constraint failure of Prisma (P2002): for an agency, its name already used in the province. */
export const isDuplicate = (e: unknown) => (e as { code?: string }).code === "P2002";

/** The refusal of an agency name already used in the province, on the name field. */
export const agencyNameTaken = () => validation(committee.agencies.nameTaken, { name: [committee.agencies.nameTaken] });
