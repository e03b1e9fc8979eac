import { describe, expect, test } from 'vitest';
import { activityRecords } from '../../../src/lib/search/activity-records.ts';
import { searchAttributes } from '../../../src/lib/search/page-attributes.ts';

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');

const toolkitPage = (lang: string, fallback = false) => {
  const search = searchAttributes({
    kind: 'toolkit',
    campaign: 'sid',
    title: 'Friends, "followers" & feelings',
    fallback,
    audience: { code: 'ages-11-14', label: 'Ages 11–14' },
    minutes: 25,
  });
  return `<!doctype html><html lang="${lang}"><body><header data-pagefind-ignore>Menu</header><main>
<article lang="en"${attributes(search)} data-toolkit="ages-11-14" data-campaign="sid"${fallback ? ' data-fallback="true"' : ''}>
<h1>Friends</h1>
<section id="activity-1" data-sidkit="activity" data-title="Good friends" data-minutes="10" data-purpose="start-conversations">
<header data-pdf="skip"><h2>Good friends</h2><dl><dt>Time</dt><dd>10 minutes</dd></dl></header><p>Warm-up about friendship.</p><ol><li>Draw two columns.</li><li>Stick notes.</li></ol><p data-pagefind-ignore>Hidden aside</p>
</section>
<section id="activity-2" data-sidkit="activity" data-title="Who's there?" data-minutes="15" data-purpose="speak-up-get-support"><p>Profile cards.</p></section>
</article></main></body></html>`;
};

describe('activity records from a built toolkit page', () => {
  test('one record per activity, linked to its anchor, with filters and metadata', () => {
    const [first, second, ...rest] = activityRecords(toolkitPage('en'), '/sub/');
    expect(rest).toEqual([]);
    expect(first).toEqual({
      url: '/en/sid/toolkits/ages-11-14/#activity-1',
      language: 'en',
      content: 'Good friends. Warm-up about friendship. Draw two columns. Stick notes.',
      meta: {
        title: 'Good friends',
        minutes: '10',
        toolkit: 'Friends, "followers" & feelings',
        audience: 'Ages 11–14',
        pdf: '/sub/en/sid/toolkits/sid-ages-11-14-en-a4.pdf#nameddest=activity-1',
      },
      filters: {
        campaign: ['sid'],
        kind: ['activity'],
        audience: ['ages-11-14'],
        purpose: ['start-conversations'],
        time: ['10', '30', '60'],
      },
    });
    expect(second?.url).toBe('/en/sid/toolkits/ages-11-14/#activity-2');
    expect(second?.meta.pdf).toBe('/sub/en/sid/toolkits/sid-ages-11-14-en-a4.pdf#nameddest=activity-2');
    expect(second?.filters.time).toEqual(['30', '60']);
  });

  test('a fallback toolkit, whose text is another language, gives no records', () => {
    expect(activityRecords(toolkitPage('fr', true), '/')).toEqual([]);
    expect(activityRecords(toolkitPage('fr'), '/')).toEqual([]);
  });

  test('pages that are not toolkits give no records', () => {
    expect(
      activityRecords('<html lang="en"><body><article data-pagefind-body><h1>Page</h1></article></body></html>', '/'),
    ).toEqual([]);
  });
});

describe('search attributes of an article', () => {
  test('index a translated page with its campaign and kind, read from data attributes', () => {
    expect(searchAttributes({ kind: 'page', campaign: 'sid', title: 'About, us', fallback: false })).toEqual({
      'data-pagefind-body': '',
      'data-search-campaign': 'sid',
      'data-search-kind': 'page',
      'data-search-title': 'About, us',
      'data-pagefind-filter': 'campaign[data-search-campaign], kind[data-search-kind]',
      'data-pagefind-meta': 'title[data-search-title]',
    });
  });

  test('leave a fallback page out of the index', () => {
    expect(searchAttributes({ kind: 'page', campaign: 'sid', title: 'About', fallback: true })).toEqual({});
  });
});
