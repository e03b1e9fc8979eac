import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCommandLine } from '../../../src/lib/cli/arguments.ts';
import { withMdx } from '../../../src/lib/model/project.ts';
import { parseEvents } from '../../../src/lib/people/events.ts';
import { NEW_COMMANDS } from '../../../src/lib/scaffold/commands.ts';
import { appendEventText } from '../../../src/lib/scaffold/new-people.ts';
import type { Plan } from '../../../src/lib/scaffold/plan.ts';
import { parseYaml } from '../../../src/lib/yaml/yaml.ts';
import { readTestProject } from '../../helpers/project.ts';

const campaignsDir = resolve(import.meta.dirname, '../../../campaigns');
const model = readTestProject(campaignsDir);
const context = { ...model.context, campaignsDir, campaigns: model.folders.map(withMdx) };

/** Plans `npm run new -- <args>` against the demo campaign, writing nothing. */
function plan(...args: string[]): Plan {
  const command = NEW_COMMANDS[args[0] ?? '']!;
  const read = readCommandLine(`npm run new -- ${args[0]}`, args, command.options);
  if ('problems' in read) return { ok: false, problems: read.problems };
  return command.plan(read.line, context);
}
const problems = (result: Plan) =>
  result.ok ? [] : result.problems.map(({ name, field, file }) => ({ name, field, file }));

const supporterArgs = [
  'supporter',
  'sid-2027',
  'harbour-view-library',
  '--name',
  'Harbour View Library',
  '--kind',
  'library',
  '--country',
  'gb',
  '--url',
  'https://example.org/supporters/harbour-view-library',
  '--logo',
  'supporters/logos/harbour-view-primary.svg',
];

describe('new supporter', () => {
  test('plans supporters/<id>.yaml, checked by the supporters parser', () => {
    const result = plan(...supporterArgs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((file) => file.path.slice(campaignsDir.length + 1))).toEqual([
      'sid-2027/supporters/harbour-view-library.yaml',
    ]);
    expect(parseYaml(result.files[0]!.text).data).toEqual({
      id: 'harbour-view-library',
      name: 'Harbour View Library',
      kind: 'library',
      country: 'GB',
      url: 'https://example.org/supporters/harbour-view-library',
      logo: 'supporters/logos/harbour-view-primary.svg',
      joined: '2026-11-27',
    });
  });

  test('refuses a missing logo, a bad kind and a duplicate website, naming the planned file', () => {
    const args = supporterArgs.filter((arg, i) => supporterArgs[i - 1] !== '--logo' && arg !== '--logo');
    const result = plan(
      ...args.map((arg) =>
        arg === 'library'
          ? 'museum'
          : arg.endsWith('harbour-view-library') && arg.startsWith('https')
            ? 'https://example.org/supporters/red-segura'
            : arg,
      ),
    );
    const file = 'campaigns/sid-2027/supporters/harbour-view-library.yaml';
    expect(problems(result)).toEqual([{ name: 'SupporterFieldInvalid', field: 'kind', file }]);
    const logoOnly = plan(...args);
    expect(problems(logoOnly)).toEqual([{ name: 'SupporterLogoMissing', field: 'logo', file }]);
    const sameSite = plan(
      ...supporterArgs.map((arg) => (arg.startsWith('https') ? 'https://www.example.org/supporters/red-segura/' : arg)),
    );
    expect(problems(sameSite)).toEqual([{ name: 'DuplicateSupporter', field: 'url', file }]);
  });

  test('refuses an id taken by a supporter in supporters.yaml or in its own file', () => {
    const taken = (id: string) => plan(...supporterArgs.map((arg) => (arg === 'harbour-view-library' ? id : arg)));
    expect(problems(taken('red-segura')).map((p) => p.name)).toEqual(['DuplicateId']);
    expect(problems(taken('northwind-cloudworks')).map((p) => p.name)).toEqual(['NameTaken']);
  });

  test('reports every missing option at once', () => {
    expect(problems(plan('supporter', 'sid-2027', 'x')).map((p) => p.field)).toEqual([
      '--name',
      '--kind',
      '--country',
      '--url',
    ]);
  });
});

const eventArgs = [
  'event',
  'sid-2027',
  'lyon-library-quiz',
  '--title',
  'Family quiz: safe online',
  '--start',
  '2027-02-10T17:00',
  '--end',
  '2027-02-10T18:30',
  '--time-zone',
  'Europe/Paris',
  '--place',
  'Médiathèque du Val Vert',
  '--city',
  'Lyon',
  '--audience',
  'everyone',
  '--country',
  'FR',
  '--organiser',
  'Médiathèque du Val Vert',
];

describe('new event', () => {
  test('appends the event to events.yaml, keeping every byte before it', () => {
    const result = plan(...eventArgs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [file] = result.files;
    const before = model.folders.find((folder) => folder.id === 'sid-2027')!.events!.text;
    expect(file!.text.startsWith(before)).toBe(true);
    const { events, problems: found } = parseEvents('events.yaml', file!.text, { defaultLocale: 'en' });
    expect(found).toEqual([]);
    expect(events.at(-1)).toMatchObject({
      id: 'lyon-library-quiz',
      title: { en: 'Family quiz: safe online' },
      place: { name: 'Médiathèque du Val Vert', city: 'Lyon' },
      time: { startMs: Date.UTC(2027, 1, 10, 16), allDay: false },
    });
  });

  test('plans an all-day event online', () => {
    const args = [
      ...eventArgs.slice(0, 5),
      '--date',
      '2027-02-11',
      '--online',
      'https://example.org/live',
      ...eventArgs.slice(15),
    ];
    const result = plan(...args);
    expect(result.ok && parseEvents('e.yaml', result.files[0]!.text).events.at(-1)).toMatchObject({
      time: { allDay: true, date: '2027-02-11' },
      online: { url: 'https://example.org/live' },
    });
  });

  test('refuses a time skipped by daylight saving, and a taken id, through the events parser', () => {
    const skipped = plan(
      ...eventArgs.map((arg) =>
        arg === '2027-02-10T17:00' ? '2027-03-28T02:30' : arg === '2027-02-10T18:30' ? '2027-03-28T04:00' : arg,
      ),
    );
    expect(problems(skipped)).toEqual([
      { name: 'EventTimeInvalid', field: 'lyon-library-quiz.start', file: 'campaigns/sid-2027/events.yaml' },
    ]);
    const taken = plan(...eventArgs.map((arg) => (arg === 'lyon-library-quiz' ? 'lyon-parents-evening' : arg)));
    expect(problems(taken).map((p) => p.name)).toEqual(['DuplicateId']);
  });

  test('reports every missing option at once', () => {
    expect(problems(plan('event', 'sid-2027', 'x')).map((p) => p.field)).toEqual([
      '--title',
      '--audience',
      '--country',
      '--organiser',
      '--start',
      '--end',
      '--time-zone',
      '--place',
    ]);
  });
});

describe('appendEventText', () => {
  test('adds a block item after a file without a final newline, and keeps Windows line endings', () => {
    expect(appendEventText('- id: a\r\n  x: 1', { id: 'b' })).toBe('- id: a\r\n  x: 1\r\n- id: b\r\n');
  });
  test('starts a new file with a header', () => {
    expect(appendEventText(undefined, { id: 'b' })).toMatch(/^# Events of the campaign[\s\S]*\n- id: b\n$/);
  });
});
