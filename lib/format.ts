import { formatNumberVi, formatPercentVi } from "@/lib/domain/format-vi";
import { formatVnDate } from "@/lib/domain/vn-date";

// Dates are shown in Vietnam time whatever the server's or browser's zone.
export const APP_TIME_ZONE = "Asia/Ho_Chi_Minh";
// In its own module so that client components can use it without date-fns.
export { formatDateTime } from "./format-date-time";

export function formatDate(value: Date | string | null | undefined): string {
  return value ? formatVnDate(new Date(value)) : "";
}

export function formatNumber(value: number | null | undefined, maxDecimals = 1): string {
  return value === null || value === undefined ? "" : formatNumberVi(value, maxDecimals);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : formatPercentVi(value);
}

/** Parses a calendar day typed as dd/MM/yyyy or yyyy-MM-dd into a UTC-midnight Date (the DB `date` convention; see fromDbDay). */
export function parseDay(input: string): Date | null {
  const trimmed = input.trim();
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  let year: number, mo: number, day: number;
  if (match) [day, mo, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)))
    [year, mo, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(year, mo - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === mo - 1 && date.getUTCDate() === day ? date : null;
}

/** Formats a DB `date` (UTC midnight) as yyyy-MM-dd for <input type="date">. */
export function toInputDay(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

/** A whole amount (BigInt or integer number) with dots grouping thousands, "1.234.567" (vi-VN), exact for any BigInt; what the vi-VN parser reads back. */
export function formatWhole(value: bigint | number): string {
  const digits = BigInt(value).toString();
  const sign = digits.startsWith("-") ? "-" : "";
  return `${sign}${digits.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}

/** An amount in đồng as "1.234.567 đ" (`formatWhole`). */
export function formatDong(value: bigint | number): string {
  return `${formatWhole(value)} đ`;
}
