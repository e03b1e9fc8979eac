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

test('pressing Shift three times leaves too, announcing the presses left, and the keyboard reaches the button first', async () => {
  const page = await visit(browser(), '/ar/sid-2027/get-help/');
  await stubNeutralSite(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-quick-exit]') !== null)).toBe(true);
  const neutral = await page.locator('[data-quick-exit] a').getAttribute('href');
  const status = page.locator('[data-quick-exit] [role="status"]');
  await page.keyboard.press('Shift');
  expect(await status.textContent()).toBe('اضغط Shift مرتين أخريين للمغادرة.');
  await page.keyboard.press('Shift');
  expect(await status.textContent()).toBe('اضغط Shift مرة أخرى للمغادرة.');
  await page.keyboard.press('Shift');
  await page.waitForURL(neutral!);
});

test('Escape, typing capitals and another key between the Shift presses do not leave', async () => {
  const page = await visit(browser(), '/en/sid-2027/get-help/');
  await stubNeutralSite(page);
  const here = page.url();
  const status = page.locator('[data-quick-exit] [role="status"]');
  for (const key of ['Escape', 'Escape', 'Escape', 'Shift+A', 'Shift+B', 'Shift+C']) await page.keyboard.press(key);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  expect(await status.textContent()).toBe('The shortcut to leave was reset: too long between presses.');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(here);
  expect(await page.evaluate(() => document.body.hidden)).toBe(false);
});

test('the keyboard hint shows on a computer but not on a phone, which has no Shift key to press', async () => {
  const desktop = await visit(browser(), '/en/sid-2027/get-help/');
  expect(await desktop.locator('[data-quick-exit-hint]').isVisible()).toBe(true);
  expect(await desktop.locator('[data-quick-exit-hint]').textContent()).toContain('press Shift 3 times');
  const phone = await visit(browser(), '/en/sid-2027/get-help/', {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  expect(await phone.locator('[data-quick-exit] a').isVisible()).toBe(true);
  expect(await phone.locator('[data-quick-exit-hint]').isVisible()).toBe(false);
});

test('without JavaScript the quick exit is still a working link', async () => {
  const page = await visit(browser(), '/zh/sid-2027/get-help/', { javaScriptEnabled: false });
  await stubNeutralSite(page);
  const link = page.locator('[data-quick-exit] a');
  const neutral = await link.getAttribute('href');
  await link.click();
  await page.waitForURL(neutral!);
});
