const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/**
 * When an offline save was made, as people read it: "dd/MM/yyyy HH:mm" in Vietnam time (never the phone's
 * own zone). Takes milliseconds since the epoch. Intl instead of date-fns keeps the entry page's JS small.
 */
export function formatSavedAt(ms: number): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
