import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage, type Page } from '../helpers/html.ts';
import { outlineTitles } from '../helpers/pdf-inspect.ts';
import { readSearchBundle, type SearchBundle } from '../helpers/search-bundle.ts';

// A toolkit whose two activities (and two worksheets) share a title: anchors come from
// document order at compile time, so each gets its own id, link and search record.
let build: FixtureBuild;
let bundle: SearchBundle;
let toolkit: Page;

beforeAll(() => {
  build = buildFixture('anchors');
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  bundle = readSearchBundle(build.outDir);
  toolkit = parsePage(build.read('en/twins/toolkits/twins/index.html'));
});

const ids = (page: Page, selector: string) => page.all(selector).map((element) => element.properties.id);

describe('sections with the same title', () => {
  test('get distinct anchors in document order, and the summary links to each', () => {
    expect(ids(toolkit, 'section[data-sidkit=activity]')).toEqual(['activity-1', 'activity-2']);
    expect(toolkit.all('section[data-sidkit=activity]').map((section) => section.properties.dataTitle)).toEqual([
      'Warm-up',
      'Warm-up',
    ]);
    expect(ids(toolkit, 'section[data-sidkit=worksheet]')).toEqual(['worksheet-1', 'worksheet-2']);
    expect(toolkit.all('.toolkit-summary ol a').map((a) => a.properties.href)).toEqual(['#activity-1', '#activity-2']);
  });

  test('keep their anchors on a fallback page', () => {
    const fallback = parsePage(build.read('fr/twins/toolkits/twins/index.html'));
    expect(ids(fallback, 'section[data-sidkit=activity]')).toEqual(['activity-1', 'activity-2']);
  });

  test('each have a search record at their own anchor, holding their own text', () => {
    const activities = bundle.records
      .filter((record) => record.filters.kind?.includes('activity'))
      .sort((a, b) => a.url.localeCompare(b.url));
    expect(activities.map((record) => [record.url, record.meta.title, record.meta.minutes])).toEqual([
      ['/en/twins/toolkits/twins/#activity-1', 'Warm-up', '10'],
      ['/en/twins/toolkits/twins/#activity-2', 'Warm-up', '20'],
    ]);
    expect(activities[0]!.content).toContain('TWIN-FIRST-BODY');
    expect(activities[0]!.content).not.toContain('TWIN-SECOND-BODY');
    expect(activities[1]!.content).toContain('TWIN-SECOND-BODY');
    expect(activities[1]!.filters.purpose).toEqual(['engage-families']);
  });

  test('are each a bookmark of the PDF', () => {
    const pdf = readFileSync(join(build.outDir, 'en/twins/toolkits/twins-twins-en-a4.pdf'));
    expect(outlineTitles(pdf).filter((title) => title === 'Warm-up')).toHaveLength(2);
    expect(outlineTitles(pdf).filter((title) => title === 'My notes')).toHaveLength(2);
  });
});
