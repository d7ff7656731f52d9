import type { CriteriaGroup, IndicatorKind, TargetComparator } from "@/lib/generated/prisma/enums";

// What the monthly entry form (a client component) needs of its page's loader, `getMonthlyEntry`
// (lib/server/monthly/get-monthly-entry.ts). Declared here, not imported from lib/server: client code never
// imports server modules (tests/unit/contracts/client-imports.test.ts); the page passes the loader's result and
// TypeScript checks that it fits.

/** One indicator row of the form. */
export type EntryItem = {
  id: string;
  code: string;
  name: string;
  group: CriteriaGroup;
  kind: IndicatorKind;
  unitLabel: string;
  isRequired: boolean;
  /** Typed by the commune (not computed from other rows). */
  typed: boolean;
  numeratorId: string | null;
  denominatorId: string | null;
  targetComparator: TargetComparator | null;
  targetValue: number | null;
  value: { num: number | null; bool: boolean | null; text: string | null; comment: string | null };
  /** Last month's value, shown beside the field. */
  previous: { num: number | null; bool: boolean | null; text: string | null } | null;
  computed: number | null;
  history: { at: string; by: string | null; old: unknown; new: unknown }[];
};

/** A commune's month as the form shows and saves it. */
export type EntryView = {
  commune: { id: string };
  year: number;
  month: number;
  canEdit: boolean;
  report: { version: number } | null;
  items: EntryItem[];
};
