import { expect, test } from 'vitest';
import { socialMetaTags, type SocialPage } from '../../../src/lib/meta/social-tags.ts';

const page: SocialPage = {
  title: 'For schools · Safer Internet Day 2027',
  description: 'Ideas for assemblies.',
  siteName: 'Safer Internet Day 2027',
  locale: 'en',
  alternateLocales: ['en', 'fr', 'ar'],
  url: 'https://sid.example.net/en/sid-2027/schools/',
  image: {
    url: 'https://sid.example.net/en/sid-2027/share-card.png',
    width: 1200,
    height: 630,
    alt: 'Safer Internet Day 2027',
  },
};

test('a page with an address and a picture gets the full Open Graph set and a large Twitter card', () => {
  expect(socialMetaTags(page)).toEqual([
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:url', content: page.url },
    { property: 'og:locale', content: 'en_US' },
    { property: 'og:locale:alternate', content: 'fr_FR' },
    { property: 'og:locale:alternate', content: 'ar_AR' },
    { property: 'og:image', content: page.image!.url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: 'Safer Internet Day 2027' },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: 'https://sid.example.net/en/sid-2027/share-card.png' },
    { name: 'twitter:image:alt', content: 'Safer Internet Day 2027' },
  ]);
});

test('without a site address there is no og:url or picture, whose URLs must be absolute, and the card is a plain summary', () => {
  const tags = socialMetaTags({ ...page, url: undefined, image: undefined, alternateLocales: [] });
  expect(tags.map((tag) => ('property' in tag ? tag.property : tag.name))).toEqual([
    'og:type',
    'og:title',
    'og:description',
    'og:site_name',
    'og:locale',
    'twitter:card',
  ]);
  expect(tags.at(-1)).toEqual({ name: 'twitter:card', content: 'summary' });
});
