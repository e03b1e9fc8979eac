import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';
import { demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();

/** Answers requests to the neutral site locally, so the test never leaves the machine. */
async function stubNeutralSite(page: import('playwright-core').Page) {
  await page.context().route(
    (url) => !url.href.startsWith(demoUrl('/')),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }),
  );
}

test('the quick-exit button leaves for a neutral page and takes the help page out of the history', async () => {
  const page = await visit(browser(), '/en/sid-2027/');
  await stubNeutralSite(page);
  await page.goto(demoUrl('/en/sid-2027/get-help/'));
  const link = page.locator('[data-quick-exit] a');
  const neutral = await link.getAttribute('href');
  expect(neutral).toMatch(/^https:\/\//);
  await link.click();
  await page.waitForURL(neutral!);
  await page.goBack();
  expect(page.url()).toBe(demoUrl('/en/sid-2027/'));
});

test('pressing Escape twice leaves too, and the keyboard reaches the button first', async () => {
  const page = await visit(browser(), '/ar/sid-2027/get-help/');
  await stubNeutralSite(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-quick-exit]') !== null)).toBe(true);
  const neutral = await page.locator('[data-quick-exit] a').getAttribute('href');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(neutral!);
});

test('without JavaScript the quick exit is still a working link', async () => {
  const page = await visit(browser(), '/zh/sid-2027/get-help/', { javaScriptEnabled: false });
  await stubNeutralSite(page);
  const link = page.locator('[data-quick-exit] a');
  const neutral = await link.getAttribute('href');
  await link.click();
  await page.waitForURL(neutral!);
});
