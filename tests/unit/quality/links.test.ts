import { describe, expect, test } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../helpers/quality/links.ts';
import { siteOf } from './site-of.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('the link check', () => {
  const site = siteOf({
    'index.html': page(
      '<a href="en/">en</a><a href="/en/a/#part">part</a><a href="#top">top</a><a href="#">top</a><a href="#missing">x</a>',
      '<link rel="stylesheet" href="/_astro/s.css">',
    ),
    'en/index.html': page(
      '<a href="a/">a</a><a href="a">no slash</a><a href="../nowhere/">gone</a><img src="../img/x.png" srcset="../img/x.png 1x, ../img/x2.png 2x" alt="">',
    ),
    'en/a/index.html': page(
      '<h2 id="part">Part</h2><a href="https://example.net/">out</a><a href="mailto:a@example.org">mail</a><a href="tel:+1">tel</a><img src="data:image/gif;base64,R0lG" alt=""><a href="../#part">wrong page</a>',
    ),
    '_astro/s.css': 'a { background: url(../img/x.png) } b { background: url(bg.png) }',
    'img/x.png': 'png',
  });
  const report = checkLinks(site, { base: '/' });

  test('lists every internal URL that names no file, and every fragment that names no element', () => {
    expect(formatBrokenLinks(report.broken)).toBe(
      [
        'index.html: href="#missing" has no element with id "missing" in index.html',
        'en/index.html: href="../nowhere/" points to no file in the site',
        'en/index.html: srcset="../img/x2.png" points to no file in the site',
        'en/a/index.html: href="../#part" has no element with id "part" in en/index.html',
        '_astro/s.css: url()="bg.png" points to no file in the site',
      ].join('\n'),
    );
  });

  test('counts internal URLs only: external, mailto, tel and data URLs are neither fetched nor counted', () => {
    expect(report.checked).toBe(15);
  });

  test('respects the base path and checks absolute links to the published site', () => {
    const based = siteOf({
      'en/index.html': page(
        '<a href="/sub/en/">self</a><a href="/en/">outside</a>',
        '<link rel="canonical" href="https://example.org/sub/fr/">',
      ),
    });
    expect(formatBrokenLinks(checkLinks(based, { base: '/sub/', site: 'https://example.org' }).broken)).toBe(
      [
        'en/index.html: href="https://example.org/sub/fr/" points to no file in the site',
        'en/index.html: href="/en/" is outside the site base /sub/',
      ].join('\n'),
    );
  });
});
