import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { postLength } from '../../src/lib/kit/post-length.ts';
import { useBrowser, visit } from '../helpers/browser.ts';
import { DEMO_LOCALES, demoFiles } from '../helpers/demo-site.ts';
import { parsePage } from '../helpers/html.ts';
import { zipFiles } from '../helpers/zip-inspect.ts';
import { siteText } from '../helpers/quality/site.ts';

const browser = useBrowser();
const kitPage = (locale: string) => parsePage(siteText(demoFiles(), `${locale}/sid-2027/kit/index.html`));
const file = (href: string) => demoFiles().get(href.replace(/^\//, ''));

test.each(DEMO_LOCALES)('the kit page in %s offers every kit file, each written, sized and in the ZIP', (locale) => {
  const page = kitPage(locale);
  expect(page.attr('html', 'lang')).toBe(locale);
  expect(page.attr('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  const downloads = page.all('main a[download]').map((link) => String(link.properties.href));
  // Messages, 5 pictures, 2 or more posters in 2 sizes, 4 certificates in 2 papers, press release (3), fact sheet (2), newsletter, ZIP.
  expect(downloads.length).toBeGreaterThanOrEqual(1 + 5 + 4 + 8 + 3 + 2 + 1 + 1);
  for (const href of downloads) {
    expect(href).toMatch(new RegExp(`^/${locale}/sid-2027/kit/sid-2027-${locale}-`));
    expect(file(href)?.length, href).toBeGreaterThan(0);
  }
  // The sizes are filled in once the files exist.
  for (const info of page.all('main [data-pdf-info]'))
    expect(toString(info), String(info.properties.dataPdfInfo)).toMatch(/\d/);
  const zipHref = downloads.find((href) => href.endsWith('-kit.zip'))!;
  const zipped = zipFiles(file(zipHref)!).map((entry) => entry.name);
  expect(zipped).toEqual(
    downloads
      .filter((href) => href !== zipHref)
      .map((href) => href.split('/').pop())
      .sort(),
  );
});

test.each(DEMO_LOCALES)('every campaign page in %s links to its kit', (locale) => {
  for (const slug of ['', 'schools/', 'toolkits/']) {
    const page = parsePage(siteText(demoFiles(), `${locale}/sid-2027/${slug}index.html`));
    expect(page.one(`header a[href="/${locale}/sid-2027/kit/"]`), slug).toBeDefined();
  }
});

test.each(['en', 'ar', 'zh'])('each message in %s shows its length as its network counts it', (locale) => {
  const page = kitPage(locale);
  const messages = page.all('#messages li');
  expect(messages.length).toBeGreaterThanOrEqual(4);
  for (const id of page.all('#messages [data-copy-source]').map((element) => String(element.properties.id))) {
    const shown = page.text(`#${id}`);
    expect(shown).toContain('#SaferInternetDay');
    const count = page.text(`#${id} ~ div span`);
    expect(count).toMatch(/\d/);
    expect(count).toContain(new Intl.NumberFormat(locale).format(postLength(shown, platformOf(count))));
  }
});

/** The network a length line names. */
function platformOf(line: string): 'x' | 'bluesky' | 'mastodon' | 'threads' | 'instagram' | 'linkedin' | 'facebook' {
  const names = {
    X: 'x',
    Bluesky: 'bluesky',
    Mastodon: 'mastodon',
    Threads: 'threads',
    Instagram: 'instagram',
    LinkedIn: 'linkedin',
    Facebook: 'facebook',
  } as const;
  const name = Object.keys(names).find((key) => new RegExp(`\\b${key}\\b`).test(line)) as keyof typeof names;
  return names[name];
}

test('without JavaScript the messages are plain text and no copy button shows', async () => {
  const page = await visit(browser(), '/en/sid-2027/kit/', { javaScriptEnabled: false });
  expect(await page.locator('#messages [data-copy-source]').first().isVisible()).toBe(true);
  expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
});

test.each(['en', 'ar'])('in %s, Copy puts the message on the clipboard and says so', async (locale) => {
  const page = await visit(browser(), `/${locale}/sid-2027/kit/`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const button = page.locator('#messages button[data-copy]').first();
  await button.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await page.locator('#messages [data-copy-source]').first().innerText();
  expect(copied).toBe(shown.trim());
  await expect.poll(() => page.locator('#messages [role="status"]').first().textContent()).not.toBe('');
});

test('the certificate prints with the school typed into it, without JavaScript and sending nothing', async () => {
  const page = await visit(browser(), '/fr/sid-2027/kit/certificate/', { javaScriptEnabled: false });
  // The header's search box is the page's only form: the certificate has none to submit.
  expect(await page.locator('main form').count()).toBe(0);
  expect(await page.locator('button[data-print]').isVisible()).toBe(false);
  await page.getByLabel('Nom de l’école ou du groupe').fill('École des Tilleuls');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.certificate').isVisible()).toBe(true);
  expect(await page.locator('.no-print').first().isVisible()).toBe(false);
  expect(await page.locator('body > header').isVisible()).toBe(false);
  expect(await page.locator('#certificate-school').inputValue()).toBe('École des Tilleuls');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // One landscape A4 sheet: wider than tall, and nothing spills onto a second page.
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
  const [width, height] = text
    .match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/)!
    .slice(1)
    .map(Number);
  expect(width).toBeGreaterThan(height!);
});

test('with JavaScript the certificate page offers a Print button', async () => {
  const page = await visit(browser(), '/ar/sid-2027/kit/certificate/');
  expect(await page.locator('button[data-print]').isVisible()).toBe(true);
});
