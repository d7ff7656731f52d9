/** A navigation entry as the browser receives it: where it goes, and the route of its page ("*": one segment). */
export type NavLink = { href: string; label: string; path: string };
/** A task group of the navigation (issue #16 §6); `label` is empty for the ungrouped home entry. */
export type NavGroup = { id: string; label: string; items: NavLink[] };

const segments = (path: string) => path.split("/").filter(Boolean);

/**
 * True when `pathname` is the page `path` or a page under it; "*" stands for one path segment, so
 * "/units/*" covers "/units/abc" and "/units/abc/def". The home path "/" covers only "/".
 */
export function coversPath(path: string, pathname: string): boolean {
  const want = segments(path);
  const have = segments(pathname);
  if (want.length === 0) return have.length === 0;
  return want.length <= have.length && want.every((segment, i) => segment === "*" || segment === have[i]);
}

/** How closely `path` names a page: more segments first, then fewer wildcards ("/units/changes" over "/units/*"). */
const specificity = (path: string) => {
  const parts = segments(path);
  return parts.length * 100 - parts.filter((segment) => segment === "*").length;
};

/**
 * The entry the user is on: of the entries whose path covers `pathname`, the most specific one (/monthly/indicators
 * over /monthly). Undefined on a page no entry covers (the 404 page).
 */
export function currentLink<T extends Pick<NavLink, "path">>(pathname: string, links: readonly T[]): T | undefined {
  return links
    .filter((link) => coversPath(link.path, pathname))
    .sort((a, b) => specificity(b.path) - specificity(a.path))[0];
}
