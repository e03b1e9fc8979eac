import { expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { DEMO_LOCALES } from '../helpers/demo-site.ts';

const browser = useBrowser();

test.each(DEMO_LOCALES)('the help page loads in %s, with the Get help link in the header', async (locale) => {
  const path = `/${locale}/sid-2027/get-help/`;
  const page = await visit(browser(), path);
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.locator('main h1').isVisible()).toBe(true);
  const link = page.locator(`header a[href="${path}"]`).first();
  expect(await link.isVisible()).toBe(true);
  expect(await link.innerText()).toBe(createTranslate(locale)('header.getHelp'));
});

test.each(['en', 'ar'])(
  'on a phone in %s, the first number on the Get help page is the child helpline, whole above the fold',
  async (locale) => {
    const page = await visit(browser(), `/${locale}/sid-2027/get-help/`, {
      viewport: VIEWPORTS.mobile,
      isMobile: true,
      hasTouch: true,
    });
    const first = page.locator('a[href^="tel:"]').first();
    expect(await first.getAttribute('href')).toBe('tel:116111');
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.mobile.height);
    // Big enough to find and to tap: at least 44 px tall, its digits in at least 32 px type.
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(parseFloat(await first.evaluate((link) => getComputedStyle(link).fontSize))).toBeGreaterThanOrEqual(32);
  },
);

test('on the parents page, the help box shows the child helpline before any other number', async () => {
  const page = await visit(browser(), '/en/sid-2027/parents-carers/', { viewport: VIEWPORTS.mobile });
  const numbers = page.locator('[data-sidkit="helpbox"] a[href^="tel:"]');
  expect(await numbers.first().getAttribute('href')).toBe('tel:116111');
  const [primary, next] = await Promise.all([numbers.nth(0).boundingBox(), numbers.nth(1).boundingBox()]);
  expect(primary!.y + primary!.height).toBeLessThanOrEqual(next!.y);
  expect(primary!.height).toBeGreaterThan(next!.height * 2);
});
