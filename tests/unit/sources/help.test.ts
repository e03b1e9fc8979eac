import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HelpEntryStale } from '../../../src/lib/errors/catalogue.ts';
import {
  areaName,
  entriesOfKind,
  groupByCountry,
  groupByKind,
  helpEntryName,
  loadHelp,
  parseHelp,
  staleEntryWarnings,
} from '../../../src/lib/sources/help.ts';
import type { HelpEntry } from '../../../src/lib/sources/help-schema.ts';

const realFile = fileURLToPath(new URL('../../../campaigns/sid-2027/help.yaml', import.meta.url));

const entry = (overrides: Partial<HelpEntry>): HelpEntry => ({
  id: 'example',
  country: 'EU',
  name: 'Example',
  kind: 'helpline',
  source: 'A/HRC/28/56, para. 48',
  lastVerified: '2026-11-27',
  ...overrides,
});

describe('campaigns/sid-2027/help.yaml', () => {
  it('is valid and holds only the sourced entries', async () => {
    const { entries, problems } = await loadHelp(realFile);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.country, e.kind, e.phone])).toEqual([
      ['eu-112', 'EU', 'emergency', '112'],
      ['eu-116-111', 'EU', 'helpline', '116 111'],
      ['childline-india', 'IN', 'helpline', '1098'],
      ['inhope', 'INT', 'directory', undefined],
      ['child-helpline-international', 'INT', 'directory', undefined],
    ]);
    expect(entries.every((e) => e.lastVerified === '2026-11-27')).toBe(true);
    expect(entries.filter((e) => e.primary !== undefined).map((e) => [e.id, e.primary])).toEqual([
      ['eu-116-111', true],
    ]);
  });

  it('names every entry in the six languages of the demo, and says which directory lists which services', async () => {
    const { entries } = await loadHelp(realFile, { defaultLocale: 'en' });
    for (const entry of entries)
      expect(Object.keys(entry.name).sort(), entry.id).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(entries.filter((e) => e.kind === 'directory').map((e) => [e.id, e.lists])).toEqual([
      ['inhope', 'hotline'],
      ['child-helpline-international', 'helpline'],
    ]);
  });

  it('claims no opening hours or languages, which no source gives', async () => {
    const { entries } = await loadHelp(realFile);
    expect(entries.filter((e) => e.hours !== undefined || e.languages !== undefined)).toEqual([]);
  });
});

describe('parseHelp', () => {
  const GOOD = `- id: childline-india
  country: IN
  name: Childline India
  kind: helpline
  phone: "1098"
  source: A/HRC/28/56, footnote 42
  lastVerified: "2026-11-27"
`;

  it('accepts a valid entry', () => {
    expect(parseHelp('help.yaml', GOOD).problems).toEqual([]);
  });

  it('reports schema problems at their line', () => {
    const text = GOOD.replace('country: IN', 'country: India')
      .replace('kind: helpline', 'kind: chat')
      .replace('phone: "1098"', 'phone: "call 1098"')
      .replace('"2026-11-27"', '"27/11/2026"');
    const { entries, problems } = parseHelp('campaigns/x/help.yaml', text);
    expect(entries).toEqual([]);
    const invalid = { name: 'HelpEntryInvalid', file: 'campaigns/x/help.yaml' };
    expect(problems).toEqual([
      expect.objectContaining({
        ...invalid,
        line: 2,
        field: 'childline-india.country',
        message: expect.stringMatching(/^found "India": Use an ISO 3166 alpha-2 code/),
      }),
      expect.objectContaining({
        ...invalid,
        line: 4,
        field: 'childline-india.kind',
        message: expect.stringMatching(/^found "chat": /),
        expected: 'one of "emergency", "helpline", "hotline", "directory"',
      }),
      expect.objectContaining({
        ...invalid,
        line: 5,
        field: 'childline-india.phone',
        message: expect.stringMatching(/^found "call 1098": Write only digits/),
      }),
      expect.objectContaining({
        ...invalid,
        line: 7,
        field: 'childline-india.lastVerified',
        message: 'found "27/11/2026": Invalid ISO date',
        expected: 'a valid date',
      }),
    ]);
  });

  it.each(['IN', 'GB', 'INT', 'EU'])('accepts the country code %s', (code) => {
    expect(parseHelp('help.yaml', GOOD.replace('country: IN', `country: ${code}`)).problems).toEqual([]);
  });

  it.each(['UK', 'XX', 'ZZ', 'in', 'IND'])('rejects the country code %s', (code) => {
    expect(parseHelp('help.yaml', GOOD.replace('country: IN', `country: ${code}`)).problems).toEqual([
      expect.objectContaining({
        name: 'HelpEntryInvalid',
        field: 'childline-india.country',
        line: 2,
        message: expect.stringContaining(`"${code}"`),
      }),
    ]);
  });

  it('reports a missing source and a misspelt field', () => {
    const text = GOOD.replace('  source: A/HRC/28/56, footnote 42\n', '').replace('lastVerified', 'lastVerfied');
    expect(parseHelp('help.yaml', text).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'HelpEntryInvalid',
          field: 'childline-india.source',
          line: 1,
          message: '"childline-india.source" is missing',
          expected: 'text',
        }),
        expect.objectContaining({
          name: 'HelpEntryInvalid',
          field: 'childline-india.lastVerfied',
          line: 6,
          message: '"childline-india.lastVerfied" is not a known field',
        }),
      ]),
    );
  });

  it('reads a name per locale, and requires the default locale among them when it is given', () => {
    const localized = GOOD.replace('name: Childline India', 'name: { fr: Childline Inde }');
    expect(parseHelp('help.yaml', localized).problems).toEqual([]);
    expect(parseHelp('help.yaml', localized, { defaultLocale: 'en' }).problems).toEqual([
      expect.objectContaining({
        name: 'HelpEntryInvalid',
        field: 'childline-india.name',
        line: 3,
        message: '"childline-india" has no name in "en", the campaign\'s default locale',
      }),
    ]);
  });

  it('accepts "lists" on a directory only', () => {
    expect(
      parseHelp('help.yaml', GOOD.replace('kind: helpline', 'kind: directory\n  lists: helpline')).problems,
    ).toEqual([]);
    expect(parseHelp('help.yaml', GOOD + '  lists: hotline\n').problems).toEqual([
      expect.objectContaining({
        name: 'HelpEntryInvalid',
        field: 'childline-india.lists',
        line: 8,
        message: expect.stringContaining('Only a directory lists other services'),
      }),
    ]);
  });

  it('reports a duplicate id', () => {
    expect(parseHelp('help.yaml', GOOD + GOOD).problems).toEqual([
      expect.objectContaining({
        name: 'DuplicateId',
        field: 'childline-india.id',
        line: 8,
        message: '"childline-india" is already the id of an earlier entry',
      }),
    ]);
  });
});

describe('grouping', () => {
  const entries = [
    entry({ id: 'chi', country: 'INT', kind: 'directory' }),
    entry({ id: 'childline-india', country: 'IN', kind: 'helpline' }),
    entry({ id: '116-111', country: 'EU', kind: 'helpline' }),
    entry({ id: 'inhope', country: 'INT', kind: 'directory' }),
    entry({ id: '112', country: 'EU', kind: 'emergency' }),
    entry({ id: 'gb-hotline', country: 'GB', kind: 'hotline' }),
  ];
  const ids = (group: readonly HelpEntry[] | undefined) => group?.map((e) => e.id);

  it('groups by country: international, then Europe-wide, then countries by code, each in kind order', () => {
    const groups = groupByCountry(entries);
    expect([...groups.keys()]).toEqual(['INT', 'EU', 'GB', 'IN']);
    expect(ids(groups.get('EU'))).toEqual(['112', '116-111']);
    expect(ids(groups.get('INT'))).toEqual(['chi', 'inhope']);
  });

  it('groups by kind: emergency, helplines, hotlines, directories', () => {
    const groups = groupByKind(entries);
    expect([...groups.keys()]).toEqual(['emergency', 'helpline', 'hotline', 'directory']);
    expect(ids(groups.get('helpline'))).toEqual(['childline-india', '116-111']);
  });

  it('leaves out kinds with no entries', () => {
    expect([...groupByKind([entry({ kind: 'directory' })]).keys()]).toEqual(['directory']);
  });

  it('takes the entries of a kind with the directories that list it', () => {
    const listed = [...entries, entry({ id: 'chi-listing', country: 'INT', kind: 'directory', lists: 'helpline' })];
    expect(ids(entriesOfKind(listed, 'helpline'))).toEqual(['childline-india', '116-111', 'chi-listing']);
    expect(ids([...groupByCountry(entriesOfKind(listed, 'helpline')).values()].flat())).toEqual([
      'chi-listing',
      '116-111',
      'childline-india',
    ]);
    expect(ids(entriesOfKind(listed, 'hotline'))).toEqual(['gb-hotline']);
  });
});

describe('naming', () => {
  const named = entry({
    id: 'chi',
    name: { en: 'Child Helpline International', fr: 'Child Helpline International (réseau mondial)' },
  });

  it('names an entry in the content language, else in the default locale with its language', () => {
    expect(helpEntryName(named, 'fr', 'en')).toEqual({ text: 'Child Helpline International (réseau mondial)' });
    expect(helpEntryName(named, 'zh', 'en')).toEqual({ text: 'Child Helpline International', lang: 'en' });
    expect(helpEntryName(entry({ name: 'INHOPE' }), 'ar', 'en')).toEqual({ text: 'INHOPE' });
  });

  it('names areas: worldwide, Europe (beyond the European Union), then countries, in the reader language', () => {
    expect(areaName('INT', 'fr', 'Monde entier')).toBe('Monde entier');
    expect(areaName('EU', 'fr', '')).toBe('Europe');
    expect(areaName('IN', 'zh', '')).toBe('印度');
  });
});

describe('staleEntryWarnings', () => {
  const verified = entry({ id: 'childline-india', name: 'Childline India', lastVerified: '2026-11-27' });

  it('says nothing within 12 months of the last check', () => {
    expect(staleEntryWarnings([verified], '2026-11-27')).toEqual([]);
    expect(staleEntryWarnings([verified], '2027-11-27')).toEqual([]);
  });

  it('warns once the last check is more than 12 months old', () => {
    expect(staleEntryWarnings([entry({}), verified], '2027-11-28')).toEqual([
      {
        kind: HelpEntryStale,
        path: [0, 'lastVerified'],
        message: '"example" was last verified on 2026-11-27, more than 12 months before 2027-11-28',
        expected: 'a check on or after 2026-11-28',
        hint: expect.stringContaining('"Example"'),
      },
      {
        kind: HelpEntryStale,
        path: [1, 'lastVerified'],
        message: '"childline-india" was last verified on 2026-11-27, more than 12 months before 2027-11-28',
        expected: 'a check on or after 2026-11-28',
        hint: expect.stringContaining('Childline India'),
      },
    ]);
    expect(HelpEntryStale.severity).toBe('warning');
  });

  it('handles a check on 29 February', () => {
    const leap = entry({ lastVerified: '2028-02-29' });
    expect(staleEntryWarnings([leap], '2029-02-28')).toEqual([]);
    expect(staleEntryWarnings([leap], '2029-03-01')).toHaveLength(1);
  });

  it('warns about the real help file only after November 2027', async () => {
    const { entries } = await loadHelp(realFile);
    expect(staleEntryWarnings(entries, '2027-11-27')).toEqual([]);
    expect(staleEntryWarnings(entries, '2027-11-28')).toHaveLength(entries.length);
  });

  it('places the warnings at the lastVerified line of each entry when the help file is loaded with a date', async () => {
    expect((await loadHelp(realFile, { today: '2027-11-27' })).problems).toEqual([]);
    const { entries, problems } = await loadHelp(realFile, { today: '2027-11-28' });
    expect(problems).toHaveLength(entries.length);
    expect(problems[0]).toMatchObject({
      name: 'HelpEntryStale',
      severity: 'warning',
      file: realFile,
      line: 23,
      field: 'eu-112.lastVerified',
    });
    expect(problems.every((p) => p.severity === 'warning' && p.line !== undefined)).toBe(true);
  });
});
