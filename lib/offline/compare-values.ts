import type { SentValue } from "./store";

/** What the server holds for one indicator now (as the conflict description reports it). */
export type ServerValue = {
  indicatorId: string;
  num: number | null;
  bool: boolean | null;
  text: string | null;
  comment: string | null;
};
/** One field on which this device and the server disagree: both sides, for the side-by-side choice. */
export type FieldDifference = { indicatorId: string; mine: ServerValue; theirs: ServerValue };
export type Choice = "mine" | "theirs";

const EMPTY = { num: null, bool: null, text: null, comment: null };
const norm = (v: Partial<ServerValue> | undefined, indicatorId: string): ServerValue => ({
  indicatorId,
  num: v?.num ?? null,
  bool: v?.bool ?? null,
  text: v?.text?.trim() ? v.text.trim() : null,
  comment: v?.comment?.trim() ? v.comment.trim() : null,
});
const same = (a: ServerValue, b: ServerValue) =>
  a.num === b.num && a.bool === b.bool && a.text === b.text && a.comment === b.comment;

/**
 * The fields the user changed on this device (`mine` differs from `base`, the report as it was when the
 * typing started) that now also differ from the report on the server (`theirs`), in the order of `mine`.
 * An indicator absent from `theirs` or `base` counts as empty. Fields the user did not touch are not
 * listed: they keep the server's value. Issue #17 §3: when the report changed on the server meanwhile,
 * nothing is overwritten; the user sees both versions field by field and chooses.
 */
export function differingFields(
  mine: SentValue[],
  theirs: ServerValue[],
  base: Partial<ServerValue>[],
): FieldDifference[] {
  const server = new Map(theirs.map((v) => [v.indicatorId, v]));
  const before = new Map(base.map((v) => [v.indicatorId, v]));
  const out: FieldDifference[] = [];
  for (const row of mine) {
    const mineValue = norm(row, row.indicatorId);
    const serverValue = norm(server.get(row.indicatorId) ?? { ...EMPTY }, row.indicatorId);
    const touched = !same(mineValue, norm(before.get(row.indicatorId) ?? { ...EMPTY }, row.indicatorId));
    if (touched && !same(mineValue, serverValue))
      out.push({ indicatorId: row.indicatorId, mine: mineValue, theirs: serverValue });
  }
  return out;
}

/**
 * The values to save after the user chose per field: the server's current value for every differing
 * field unless the user chose "mine" for it, so a field the user did not pick is never overwritten
 * (issue #17 §3). Returns rows in the save action's shape, one per differing field.
 */
export function resolvedValues(diffs: FieldDifference[], choices: Record<string, Choice | undefined>): SentValue[] {
  return diffs.map((diff) => {
    const chosen = choices[diff.indicatorId] === "mine" ? diff.mine : diff.theirs;
    return {
      indicatorId: diff.indicatorId,
      num: chosen.num,
      bool: chosen.bool,
      text: chosen.text,
      comment: chosen.comment,
    };
  });
}
