export const DAY_MS = 86_400_000;

const pad = (value: number) => String(value).padStart(2, "0");

/** Midnight UTC of the current day: seed dates move with the calendar but not within a day. */
export function seedToday(now = Date.now()): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/** HostBill's date columns: 2016-12-30 */
export function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** HostBill's datetime columns: 2016-12-30 12:40:47 */
export function ymdHms(ms: number): string {
  const d = new Date(ms);
  return `${ymd(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The server API's ISO 8601 form: 2018-05-31T10:25:24+00:00 */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "+00:00");
}
