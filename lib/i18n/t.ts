/** Fills {placeholders} in a catalog string (kept apart so client code can use it without the whole catalog). */
export function t(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
