/**
 * The instant both test suites start the application's clock at (APP_NOW, see lib/clock.ts):
 * the seed, the entry windows and the texts the tests read then stay the same whatever day
 * the suites run. 21/11/2026 in Vietnam: November 2026 is open for entry until 05/12/2026.
 */
export const TEST_NOW = "2026-11-21T09:00:00+07:00";
/** The Vietnam calendar year and month of TEST_NOW (written in Vietnam time, +07:00), for specs that build URLs and titles. */
export const TEST_YEAR = Number(TEST_NOW.slice(0, 4));
export const TEST_MONTH = Number(TEST_NOW.slice(5, 7));
