import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, offsetAt, utcStamp, zonedInstant } from '../../../src/lib/people/time-zone.ts';

const utc = (local: string, zone: string) => {
  const result = zonedInstant(local, zone);
  if (!result.ok) throw new Error(result.reason);
  return utcStamp(result.epochMs);
};

describe('zonedInstant', () => {
  it('puts 18:00 in Paris on Safer Internet Day 2027 at 17:00 UTC (winter time)', () => {
    expect(utc('2027-02-09T18:00', 'Europe/Paris')).toBe('20270209T170000Z');
  });

  it('puts a summer date in Paris at UTC+2', () => {
    const result = zonedInstant('2027-07-14T18:00', 'Europe/Paris');
    expect(result).toMatchObject({ ok: true, offsetMinutes: 120 });
    expect(utc('2027-07-14T18:00', 'Europe/Paris')).toBe('20270714T160000Z');
  });

  it('handles a zone west of UTC, São Paulo (UTC-3, no daylight saving since 2019)', () => {
    expect(utc('2027-02-09T10:00', 'America/Sao_Paulo')).toBe('20270209T130000Z');
  });

  it('handles half-hour offsets, Kolkata (UTC+05:30)', () => {
    expect(utc('2027-02-09T14:30', 'Asia/Kolkata')).toBe('20270209T090000Z');
    expect(offsetAt(Date.UTC(2027, 1, 9), 'Asia/Kolkata')).toBe(330);
  });

  it('follows Sydney across the end of its summer time (first Sunday of April 2027)', () => {
    // Summer (AEDT, UTC+11) before, standard (AEST, UTC+10) after.
    expect(utc('2027-04-03T12:00', 'Australia/Sydney')).toBe('20270403T010000Z');
    expect(utc('2027-04-05T12:00', 'Australia/Sydney')).toBe('20270405T020000Z');
  });

  it('takes the first of a time shown twice when clocks go back (Sydney 02:30 on 4 April 2027)', () => {
    // 02:30 happens first at UTC+11 (15:30Z the day before), then again at UTC+10.
    expect(utc('2027-04-04T02:30', 'Australia/Sydney')).toBe('20270403T153000Z');
  });

  it('reports a time that never happens when clocks go forward (Paris 02:30 on 28 March 2027)', () => {
    expect(zonedInstant('2027-03-28T02:30', 'Europe/Paris')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(utc('2027-03-28T03:30', 'Europe/Paris')).toBe('20270328T013000Z');
  });

  it('reports a malformed or impossible date and an unknown zone', () => {
    expect(zonedInstant('2027-02-30T10:00', 'Europe/Paris')).toMatchObject({ reason: 'malformed' });
    expect(zonedInstant('2027-02-09 10:00', 'Europe/Paris')).toMatchObject({ reason: 'malformed' });
    expect(zonedInstant('2027-02-09T24:00', 'Europe/Paris')).toMatchObject({ reason: 'malformed' });
    expect(zonedInstant('2027-02-09T10:00', 'Europe/Pariss')).toMatchObject({ reason: 'unknown-zone' });
  });
});

describe('isTimeZone', () => {
  it('accepts IANA names and refuses offsets and nonsense', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('zonedInstant, for any instant and zone', () => {
  const zones = [
    'Europe/Paris',
    'America/Sao_Paulo',
    'Asia/Kolkata',
    'Australia/Sydney',
    'America/New_York',
    'Pacific/Chatham',
    'UTC',
  ];
  const wallClock = (epochMs: number, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(epochMs)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  };

  it('gives back the instant whose wall-clock time it was given, or an earlier one showing the same time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const epochMs = minute * 60_000;
          const local = wallClock(epochMs, zone);
          const result = zonedInstant(local, zone);
          if (!result.ok) return false;
          // Equal, or the first of the two instants a time shown twice stands for (clocks going back).
          return result.epochMs === epochMs || (result.epochMs < epochMs && wallClock(result.epochMs, zone) === local);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
