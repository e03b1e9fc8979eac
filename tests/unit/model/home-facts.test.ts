import { expect, test } from 'vitest';
import { readCampaignData } from '../../../src/lib/model/campaign-data.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import { audiencePageRoutes } from '../../../src/lib/routing/audience-pages.ts';
import { sectionRoute } from '../../../src/lib/routing/routes.ts';

const CAMPAIGN = `title: { en: Day }
tagline: { en: Together }
date: 2027-02-09
defaultLocale: en
locales: [en]
brand: { primary: "#1d4ed8" }
organiser: { name: Us, url: "https://example.org/" }
licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }
home:
  facts:
    - child-helplines
    - no-such-fact
`;
const FACTS = `- id: child-helplines
  value: 179
  unit: helplines
  year: 2014
  source: A/HRC/28/56
  para: "48"
  check: a global network of 179 child helplines in 143 countries
  label: { en: Child helplines }
`;

const file = (name: string, text: string) => ({ pathInCampaign: name, displayPath: `campaigns/day/${name}`, text });

test('a home page fact that facts.yaml lacks is reported at its line in campaign.yaml, naming the facts there are', () => {
  const sources = readSourceRegistry('src/data/sources').sources;
  const data = readCampaignData(
    {
      id: 'day',
      dir: '/nowhere/day',
      files: ['campaign.yaml', 'facts.yaml'],
      config: file('campaign.yaml', CAMPAIGN),
      facts: file('facts.yaml', FACTS),
    },
    { sources, today: '2026-12-01' },
  );
  expect(data.problems.map(({ name, file, line, field, expected }) => ({ name, file, line, field, expected }))).toEqual(
    [
      {
        name: 'UnknownFact',
        file: 'campaigns/day/campaign.yaml',
        line: 12,
        field: 'home.facts.1',
        expected: 'one of: child-helplines',
      },
    ],
  );
  expect(data.config?.home.facts).toEqual(['child-helplines', 'no-such-fact']);
});

test('the home tiles follow the audience pages a campaign has, in a fixed order, in the visitor’s locale only', () => {
  const route = (slug: string, locale = 'fr') => sectionRoute('day', locale, slug, slug, [locale]);
  const routes = [route('get-help'), route('about'), route('young-people'), route('schools', 'en'), route('schools')];
  expect(audiencePageRoutes(routes, 'day', 'fr').map((item) => item.slug)).toEqual([
    'young-people',
    'schools',
    'get-help',
  ]);
  expect(audiencePageRoutes(routes, 'other', 'fr')).toEqual([]);
});
