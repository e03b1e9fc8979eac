/**
 * `node --experimental-strip-types tests/bench/people-data.ts`: what supporters and events
 * cost the project model, the data layer alone (parsing, checks, time zones, calendar files),
 * at several list sizes, with a least-squares fit of fixed cost and cost per entry. A cost
 * per entry that stays flat as lists grow is linear; one that grows with them is quadratic.
 * The generators also give `npm run bench` its supporters and events (`--configs 100x6+1000/500`).
 */
import { parseEvents } from '../../src/lib/people/events.ts';
import { eventCalendar, eventFeed } from '../../src/lib/people/calendar.ts';
import { parseSupporters } from '../../src/lib/people/supporters.ts';
import { linearFit } from './stats.ts';

const KINDS = ['school', 'ngo', 'company', 'public-body', 'library', 'youth-group', 'other'];
/** Thirty countries, as a regional campaign (Safer Internet Day in Europe's) has. */
const COUNTRIES = 'FR ES EG CN RU GB BR IN MA DE IT PT NL BE PL SE NO FI DK IE AT CH CZ GR RO HU TN JO LB AE'.split(
  ' ',
);
const LOGO_COLOURS = ['#1d4ed8', '#14532d', '#581c87', '#9f1239', '#334155', '#7c2d12', '#0f766e'];

/** Supporter `i`'s logo: a small SVG of its own, as every real supporter sends a different one. */
export function supporterLogoSvg(i: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" rx="12" fill="${LOGO_COLOURS[i % LOGO_COLOURS.length]}"/><circle cx="${30 + (i % 40)}" cy="50" r="${12 + (i % 9)}" fill="#fff" opacity=".8"/><text x="120" y="62" text-anchor="middle" font-family="sans-serif" font-size="30" font-weight="700" fill="#fff">${i}</text></svg>\n`;
}
const ZONES = ['Europe/Paris', 'Europe/Madrid', 'Africa/Cairo', 'Asia/Shanghai', 'Europe/Moscow', 'America/Sao_Paulo'];

/** `count` distinct supporters as supporters.yaml text, with the logo paths they name. */
export function supportersYaml(count: number): { text: string; logos: string[] } {
  const logos: string[] = [];
  const entries = Array.from({ length: count }, (_, i) => {
    const logo = `supporters/logos/supporter-${i}.svg`;
    logos.push(logo);
    return `- id: supporter-${i}
  name: { en: Supporter number ${i}, fr: Soutien numéro ${i} }
  kind: ${KINDS[i % KINDS.length]}
  country: ${COUNTRIES[i % COUNTRIES.length]}
  url: https://example.org/supporters/${i}
  logo: ${logo}
  joined: 2026-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}
  sample: true
`;
  });
  return { text: entries.join(''), logos };
}

/** `count` distinct events as events.yaml text, spread over time zones, a tenth of them all-day. */
export function eventsYaml(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 20) + 1).padStart(2, '0');
    const when =
      i % 10 === 0
        ? `  allDay: true\n  date: 2027-02-${day}`
        : `  start: 2027-02-${day}T${String(8 + (i % 10)).padStart(2, '0')}:00\n  end: 2027-02-${day}T${String(9 + (i % 10)).padStart(2, '0')}:30\n  timeZone: ${ZONES[i % ZONES.length]}`;
    return `- id: event-${i}
  title: { en: Event number ${i}, fr: Événement numéro ${i} }
  description: { en: What happens at event ${i}., fr: Ce qui se passe à l’événement ${i}. }
${when}
  place: { name: Hall ${i}, city: City ${i % 50} }
  audience: everyone
  country: ${COUNTRIES[i % COUNTRIES.length]}
  organiser: { name: Organiser ${i % 40} }
  sample: true
`;
  }).join('');
}

/** The median time of `repeats` runs; each run gets its number, to make its input new (parseYaml keeps the last result). */
function timeMs(run: (repeat: number) => void, repeats = 5): number {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run(r);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(repeats / 2)]!;
}

function bench(name: string, sizes: number[], run: (n: number) => (repeat: number) => void): void {
  const points = sizes.map((n) => ({ n, ms: timeMs(run(n)) }));
  const fit = linearFit(points.map((p) => [p.n, p.ms] as [number, number]));
  console.log(
    `${name}: ${points.map((p) => `${p.n} → ${p.ms.toFixed(1)} ms (${((p.ms / p.n) * 1000).toFixed(0)} µs each)`).join(', ')}; fit ${JSON.stringify(fit)}`,
  );
}

if (import.meta.main) {
  bench('supporters (parse and check)', [250, 500, 1000], (n) => {
    const { text, logos } = supportersYaml(n);
    const context = { today: '2026-12-04', defaultLocale: 'en', files: logos, logoFacts: () => ({ bytes: 900 }) };
    return (repeat) => {
      const source = {
        pathInCampaign: 'supporters.yaml',
        displayPath: 'supporters.yaml',
        text: `${text}# ${repeat}\n`,
      };
      const { problems } = parseSupporters(source, [], context);
      if (problems.length) throw new Error(problems[0]!.message);
    };
  });
  bench('events (parse, check, time zones)', [125, 250, 500], (n) => {
    const text = eventsYaml(n);
    return (repeat) => {
      const { problems } = parseEvents('events.yaml', `${text}# ${repeat}\n`, { defaultLocale: 'en' });
      if (problems.length) throw new Error(problems[0]!.message);
    };
  });
  bench('calendar files (one per event and the feed)', [125, 250, 500], (n) => {
    const { events } = parseEvents('events.yaml', eventsYaml(n), { defaultLocale: 'en' });
    const options = { campaign: 'bench', locale: 'fr', defaultLocale: 'en', stampMs: Date.UTC(2027, 1, 9) };
    return () => {
      for (const event of events) eventCalendar(event, options);
      eventFeed(events, 'Bench', options);
    };
  });
}
