import { expect, test } from 'vitest';
import { campaignSchema } from '../../../src/lib/content/campaign-schema.ts';

const base = {
  title: { en: 'Day' },
  tagline: { en: 'Together' },
  date: '2027-02-09',
  defaultLocale: 'en',
  locales: ['en'],
  brand: { primary: '#1d4ed8' },
  organiser: { name: 'Us', url: 'https://example.org/' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

const join = (value: string) => campaignSchema.safeParse({ ...base, supporters: { join: value } });

test('"Become a supporter" leads to a form (https:) or an email address (mailto:)', () => {
  expect(join('mailto:supporters@example.org').success).toBe(true);
  expect(join('https://example.org/join').success).toBe(true);
  expect(campaignSchema.safeParse(base).success).toBe(true);
});

test('anything else is refused', () => {
  expect(join('http://example.org/join').success).toBe(false);
  expect(join('javascript:alert(1)').success).toBe(false);
  expect(join('join.html').success).toBe(false);
});
