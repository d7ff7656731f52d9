/** Fills {placeholders} in a catalog string (kept apart so client code can use it without the whole catalog). */
// eslint-disable-next-line project/readable-names -- `t` is the i18n convention (i18next, next-intl); used on every page
export function t(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
