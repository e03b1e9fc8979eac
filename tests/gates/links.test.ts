import { expect, test } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../helpers/quality/links.ts';
import { demo, demoFiles } from '../helpers/demo-site.ts';

test('every internal href, src and CSS url() in the demo resolves to a file, and every #fragment to an element', () => {
  const report = checkLinks(demoFiles(), demo.address);
  expect(report.checked).toBeGreaterThan(1000);
  expect(report.broken, formatBrokenLinks(report.broken)).toEqual([]);
});

test('the gate catches a planted broken link and a planted missing anchor', () => {
  const site = new Map(demoFiles());
  const file = 'en/sid-2027/schools/index.html';
  const html = site
    .get(file)!
    .toString('utf8')
    .replace('</h1>', '</h1><a href="../no-such-page/">gone</a><a href="../get-help/#no-such-id">help</a>');
  site.set(file, Buffer.from(html));
  const planted = checkLinks(site, demo.address).broken.filter((link) => link.target.includes('no-such'));
  expect(formatBrokenLinks(planted)).toBe(
    [
      `${file}: href="../no-such-page/" points to no file in the site`,
      `${file}: href="../get-help/#no-such-id" has no element with id "no-such-id" in en/sid-2027/get-help/index.html`,
    ].join('\n'),
  );
});
