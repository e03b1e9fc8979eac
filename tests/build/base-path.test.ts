import { beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkLinks, formatBrokenLinks } from '../helpers/quality/links.ts';
import { scanHtml } from '../helpers/quality/references.ts';
import { readSite, siteText, type SiteFiles } from '../helpers/quality/site.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';

const address = { base: '/sid/', site: 'https://sid.example.net' };
let build: FixtureBuild;
let site: SiteFiles;

beforeAll(() => {
  build = buildCampaigns('base-path', resolve(import.meta.dirname, '../fixtures/multilingual/campaigns'), {
    SIDKIT_BASE: address.base,
    SIDKIT_SITE: address.site,
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  site = readSite(build.outDir);
});

test('published under /sid/, every internal href, src and CSS url() resolves to a file of the site', () => {
  const report = checkLinks(site, address);
  expect(report.checked).toBeGreaterThan(200);
  expect(report.broken, formatBrokenLinks(report.broken)).toEqual([]);
});

test('scripts, the sitemap and the language redirect use the sub-path too', () => {
  const rootPaths = [...site.keys()]
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => scanHtml(siteText(site, file)).scriptReferences.map((ref) => ref.value))
    .filter((url) => url.startsWith('/'));
  expect(rootPaths.filter((url) => !url.startsWith(address.base))).toEqual([]);
  expect(build.read('sitemap.xml')).toContain('<loc>https://sid.example.net/sid/en/alpha/</loc>');
  expect(build.read('robots.txt')).toContain('Sitemap: https://sid.example.net/sid/sitemap.xml');
  expect(build.read('index.html')).toContain('"/sid/"');
});
