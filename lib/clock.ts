import { getClockStart } from "./env";

let offsetMs: number | undefined;

/**
 * "Now" for the programme's calendar: entry windows, deadlines, the current month and year.
 * With APP_NOW set the clock starts at that instant and then ticks in real time, so a demo or the
 * end-to-end suite sees the same calendar whatever day it runs. Stored timestamps (submitted at,
 * audit, sessions, lock-out) keep the real time: none of them is compared with the calendar.
 */
export function appNow(): Date {
  if (offsetMs === undefined) {
    const start = getClockStart();
    offsetMs = start ? start.getTime() - Date.now() : 0;
  }
  return new Date(Date.now() + offsetMs);
}
