import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSettings, DEFAULT_SLICE_PAGES } from '../../../src/lib/build/settings.ts';
import { pagesPerLocale, planSlices, sliceEntryIds, sliceLocales } from '../../../src/lib/build/slices.ts';
import { pageLocationFromId } from '../../../src/lib/content/page-id.ts';
import { readTestProject } from '../../helpers/project.ts';
import { siteRoutes } from '../../../src/lib/routing/routes.ts';

const sid = { id: 'sid', defaultLocale: 'en', locales: ['en', 'fr', 'ar'] };
const other = { id: 'other', defaultLocale: 'fr', locales: ['fr', 'zh'] };
// sid: en has three pages, fr translates one, ar translates one and adds one of its own; other: fr only.
const ids = [
  'sid/en/index',
  'sid/en/about',
  'sid/en/toolkits/kit',
  'sid/fr/index',
  'sid/ar/about',
  'sid/ar/only-ar',
  'other/fr/index',
  'other/fr/more',
];
const routes = siteRoutes(
  [sid, other],
  ids.map((id) => ({ ...pageLocationFromId(id), title: '', order: 0 })),
);

describe('planning slices of locales', () => {
  test('counts every URL of a locale, translated or fallback, across campaigns', () => {
    expect(pagesPerLocale(routes)).toEqual(
      new Map([
        ['en', 3],
        ['fr', 5],
        ['ar', 4],
        ['zh', 2],
      ]),
    );
  });

  test('groups locales in order up to the page limit; a site within it is one slice', () => {
    const pages = new Map([
      ['en', 3],
      ['fr', 5],
      ['ar', 4],
      ['zh', 2],
    ]);
    expect(planSlices(pages, 100)).toEqual([['en', 'fr', 'ar', 'zh']]);
    expect(planSlices(pages, 8)).toEqual([
      ['en', 'fr'],
      ['ar', 'zh'],
    ]);
    // A locale larger than the limit still gets built, alone.
    expect(planSlices(pages, 1)).toEqual([['en'], ['fr'], ['ar'], ['zh']]);
    expect(planSlices(new Map(), 10)).toEqual([]);
  });

  test("a slice renders its locales' own entries and the originals its fallbacks show, nothing else", () => {
    expect([...sliceEntryIds(routes, ['ar'])].sort()).toEqual([
      'sid/ar/about',
      'sid/ar/only-ar',
      'sid/en/index',
      'sid/en/toolkits/kit',
    ]);
    expect([...sliceEntryIds(routes, ['zh'])].sort()).toEqual(['other/fr/index', 'other/fr/more']);
    expect([...sliceEntryIds(routes, ['en'])].sort()).toEqual(['sid/en/about', 'sid/en/index', 'sid/en/toolkits/kit']);
  });

  test('every URL of the site is rendered by exactly one slice', () => {
    const slices = planSlices(pagesPerLocale(routes), 4);
    const perSlice = slices.map((locales) =>
      [...pagesPerLocale(routes)]
        .filter(([locale]) => locales.includes(locale))
        .reduce((sum, [, count]) => sum + count, 0),
    );
    expect(perSlice.reduce((a, b) => a + b, 0)).toBe(14);
    expect(slices.flat().sort()).toEqual(['ar', 'en', 'fr', 'zh']);
  });

  test('reads the slice from SIDKIT_BUILD_LOCALES; empty means the whole site', () => {
    expect(sliceLocales('fr, ar')).toEqual(['fr', 'ar']);
    expect(sliceLocales('')).toBeUndefined();
    expect(sliceLocales(undefined)).toBeUndefined();
  });

  test('SIDKIT_SLICE_PAGES sets the page limit; nonsense falls back to the default', () => {
    expect(buildSettings({ SIDKIT_SLICE_PAGES: '300' }).slicePages).toBe(300);
    expect(buildSettings({ SIDKIT_SLICE_PAGES: 'lots' }).slicePages).toBe(DEFAULT_SLICE_PAGES);
    expect(buildSettings({ SIDKIT_SLICE_PAGES: '-2' }).slicePages).toBe(DEFAULT_SLICE_PAGES);
    expect(buildSettings({ SIDKIT_BASE: 'sid/' }).base).toBe('/sid/');
    expect(buildSettings({}).base).toBe('/');
  });
});

describe('the project model', () => {
  const root = mkdtempSync(join(tmpdir(), 'sidkit-slices-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  test('lists entry ids, campaign settings and every route without reading pages', () => {
    const config = [
      'title: { en: SID, fr: SID }',
      'tagline: { en: Safer, fr: Plus sûr }',
      'date: 2027-02-09',
      'defaultLocale: en',
      'locales: [en, fr]',
      'brand: { primary: "#14532d" }',
      'organiser: { name: Org, url: "https://example.org" }',
      'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
    ].join('\n');
    write('sid/campaign.yaml', config);
    write('sid/en/index.mdx', '---\ntitle: Home\n---\n');
    write('sid/en/guides/first.mdx', '---\ntitle: First\n---\n');
    write('sid/fr/toolkits/kit.mdx', '---\ntitle: Kit\n---\n');
    const model = readTestProject(root);
    expect(model.entryIds).toEqual({
      pages: ['sid/en/guides/first', 'sid/en/index'],
      toolkits: ['sid/fr/toolkits/kit'],
    });
    expect(model.campaigns.map((campaign) => [campaign.id, campaign.config.locales])).toEqual([['sid', ['en', 'fr']]]);
    expect(model.problems).toEqual([]);
    expect(model.pageRoutes.map((route) => [route.locale, route.slug, route.fallback])).toEqual([
      ['en', '', false],
      ['fr', '', true],
      ['en', 'guides/first', false],
      ['fr', 'guides/first', true],
    ]);
    // A toolkit only in French is served in French only, with its files named by the model.
    expect(model.toolkitRoutes).toEqual([
      expect.objectContaining({
        locale: 'fr',
        toolkit: 'kit',
        fallback: false,
        htmlPath: 'fr/sid/toolkits/kit/index.html',
        pdfPaths: {
          a4: '/fr/sid/toolkits/sid-kit-fr-a4.pdf',
          'us-letter': '/fr/sid/toolkits/sid-kit-fr-us-letter.pdf',
        },
        slidesPath: '/fr/sid/toolkits/sid-kit-fr-slides.pdf',
        speakerNotesPaths: {
          a4: '/fr/sid/toolkits/sid-kit-fr-speaker-notes-a4.pdf',
          'us-letter': '/fr/sid/toolkits/sid-kit-fr-speaker-notes-us-letter.pdf',
        },
        zipPath: '/fr/sid/toolkits/sid-toolkits-fr.zip',
        sourcePath: 'sid/fr/toolkits/kit.mdx',
      }),
    ]);
  });

  test('reports an invalid campaign.yaml at its line and leaves the campaign out', () => {
    write('broken/campaign.yaml', 'title: [unclosed\n');
    const model = readTestProject(root);
    expect(model.campaigns.map((campaign) => campaign.id)).toEqual(['sid']);
    expect(model.folders.map((folder) => folder.id)).toEqual(['broken', 'sid']);
    expect(model.problems).toEqual([
      expect.objectContaining({ name: 'YamlSyntax', file: expect.stringContaining('broken/campaign.yaml'), line: 2 }),
    ]);
  });

  test("holds each campaign's facts and help and the registry they cite, with every problem at its line", () => {
    rmSync(join(root, 'broken'), { recursive: true, force: true });
    write(
      'sid/facts.yaml',
      [
        '- id: users',
        '  value: 2800000000',
        '  unit: people',
        '  year: 2013',
        '  source: A/HRC/28/56',
        '  para: "22"',
        '  check: 2.8 billion',
        '  label: { en: Internet users, fr: Internautes }',
        '- id: users',
        '  value: 1',
        '  unit: people',
        '  year: 2013',
        '  source: A/HRC/99/1',
        '  para: "1"',
        '  check: one',
        '  label: { en: Unknown }',
      ].join('\n'),
    );
    write('sid/help.yaml', '- id: only\n  country: ZZ\n');
    const model = readTestProject(root);
    const [campaign] = model.campaigns;
    expect(campaign?.facts.map((fact) => fact.id)).toEqual(['users', 'users']);
    expect(campaign?.help).toEqual([]);
    expect(model.context.sources.has('A/HRC/28/56')).toBe(true);
    expect(model.context.terminology?.has('en')).toBe(true);
    const located = model.problems.map((found) => [found.name, found.file.split('/').pop(), found.line]);
    expect(located).toEqual(
      expect.arrayContaining([
        ['DuplicateId', 'facts.yaml', 9],
        ['UnknownSource', 'facts.yaml', 13],
        ['HelpEntryInvalid', 'help.yaml', expect.any(Number)],
      ]),
    );
  });
});
