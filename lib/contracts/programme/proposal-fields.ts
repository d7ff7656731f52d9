import { z } from "zod";
import { Id, Version } from "@/lib/contracts/primitives";
import { HotspotTypeSchema } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

/** The hotspot types of a proposal: 1 to 4, each once, sorted. */
export const HotspotTypes = z
  .array(HotspotTypeSchema)
  .min(1, vi.programme.proposals.typesRequired)
  .max(4)
  .transform((t) => [...new Set(t)].sort() as typeof t);

/** A criterion's code (COUNT criteria, "Khác" items). */
export const CriterionCode = z.string().regex(/^[A-Z0-9_]{1,40}$/);

/** A proposal and the version the page was drawn from. */
export const ProposalRefSchema = z.object({ proposalId: Id, version: Version });
