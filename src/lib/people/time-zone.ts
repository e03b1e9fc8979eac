/**
 * Wall-clock times in a named time zone (IANA, e.g. "Europe/Paris") turned into instants,
 * with `Intl` alone: the runtime's time-zone data knows every daylight-saving rule, so no
 * offset is written by hand. An event written "18:00 in Paris" stays 18:00 in Paris in
 * every calendar, whatever the reader's own zone.
 */

/** A local date-time as organisers write it: YYYY-MM-DDTHH:MM. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of a wall-clock time, or why there is none. */
export type ZonedInstant =
  | { readonly ok: true; readonly epochMs: number; readonly offsetMinutes: number }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown-zone' | 'nonexistent' };

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, reused: building an `Intl.DateTimeFormat` costs far more than using one. */
function offsetFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      return undefined;
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows `timeZone` as a named zone ("Europe/Paris", "UTC"), not an offset such as "+01:00". */
export function isTimeZone(timeZone: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(timeZone) && offsetFormat(timeZone) !== undefined;
}

/** The zone's offset from UTC at an instant, in minutes (e.g. 60 for "GMT+01:00", 330 for "GMT+05:30"). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const format = offsetFormat(timeZone);
  if (!format) throw new RangeError(`unknown time zone ${timeZone}`);
  const name = format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?$/.exec(name);
  if (!match) return 0;
  const [, sign, hours, minutes = '0', seconds = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes) + Number(seconds) / 60);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which clocks in `timeZone` show `local` (YYYY-MM-DDTHH:MM). The offsets in
 * force a day before and a day after are the only candidates (no zone changes its offset
 * twice in two days); a candidate holds if the zone has that offset at the instant it gives.
 * When clocks go back, a time shown twice is its first occurrence, as RFC 5545 reads it.
 * When clocks go forward, a time never shown (02:30 on the night Paris moves to summer time)
 * is `nonexistent`: reported to the organiser rather than moved silently.
 */
export function zonedInstant(local: string, timeZone: string): ZonedInstant {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month! - 1 || hour! > 23 || minute! > 59)
    return { ok: false, reason: 'malformed' };
  if (!offsetFormat(timeZone)) return { ok: false, reason: 'unknown-zone' };
  const offsets = [...new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)])];
  const found = offsets
    .map((offsetMinutes) => ({ epochMs: wall - offsetMinutes * 60_000, offsetMinutes }))
    .filter((candidate) => offsetAt(candidate.epochMs, timeZone) === candidate.offsetMinutes)
    .sort((a, b) => a.epochMs - b.epochMs)[0];
  return found ? { ok: true, ...found } : { ok: false, reason: 'nonexistent' };
}

/** An instant as iCalendar and tests write UTC: YYYYMMDDTHHMMSSZ. */
export function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
