const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * A moment as people read it: "dd/MM/yyyy HH:mm" in Vietnam time (Asia/Ho_Chi_Minh), whatever the server's or
 * the phone's zone (domain.md §9). Takes a Date, an ISO string or milliseconds since the epoch; "" for none.
 * Built on Intl alone (no date library) because client components use it: it keeps pages' JS small
 * (the monthly entry page lost ~7 KB gzip of date-fns with it).
 */
export function formatDateTime(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const part = Object.fromEntries(parts.formatToParts(new Date(value)).map((x) => [x.type, x.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}
