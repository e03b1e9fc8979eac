import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';
import { demoUrl, GATE_LOCALES } from '../helpers/demo-site.ts';

const browser = useBrowser();
const pages = GATE_LOCALES.flatMap((locale) =>
  ['', 'schools/', 'get-help/'].map((slug) => `/${locale}/sid-2027/${slug}`),
);

test.each(pages)(
  '%s works without JavaScript: the language picker opens and its links lead to the same page',
  async (path) => {
    const page = await visit(browser(), path, { javaScriptEnabled: false });
    const picker = page.locator('header .language-picker');
    const other = picker.locator('a:not([aria-current])').first();
    expect(await other.isVisible()).toBe(false);
    await picker.locator('summary').click();
    expect(await picker.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    const href = (await other.getAttribute('href'))!;
    expect(href).toBe(path.replace(/^\/[a-z]+\//, `/${await other.getAttribute('lang')}/`));
    await other.click();
    await page.waitForURL(demoUrl(href));
  },
);

test('navigation links work without JavaScript', async () => {
  const page = await visit(browser(), '/en/sid-2027/', { javaScriptEnabled: false });
  await page.locator('header nav a[href="/en/sid-2027/schools/"]').click();
  await page.waitForURL(demoUrl('/en/sid-2027/schools/'));
  expect(await page.locator('header nav a[aria-current="page"]').getAttribute('href')).toBe('/en/sid-2027/schools/');
});
