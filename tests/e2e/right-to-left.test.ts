import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';

const browser = useBrowser();

const centre = async (locator: Locator) => {
  const box = (await locator.first().boundingBox())!;
  return box.x + box.width / 2;
};

/** The computed direction of body and main, and the horizontal centres of the header's logo and Get help link. */
async function layout(locale: string) {
  const home = `/${locale}/sid-2027/`;
  const page = await visit(browser(), home);
  return {
    directions: await page.evaluate(() =>
      [document.body, document.querySelector('main')!].map((element) => getComputedStyle(element).direction),
    ),
    logo: await centre(page.locator(`header a[href="${home}"] svg`)),
    help: await centre(page.locator(`header a[href="${home}get-help/"]`)),
    width: page.viewportSize()!.width,
  };
}

test('Arabic pages run right to left, with the logo on the right of the header', async () => {
  const ar = await layout('ar');
  expect(ar.directions).toEqual(['rtl', 'rtl']);
  expect(ar.logo).toBeGreaterThan(ar.width / 2);
  expect(ar.logo).toBeGreaterThan(ar.help);
});

test('English pages, for comparison, run left to right with the logo on the left', async () => {
  const en = await layout('en');
  expect(en.directions).toEqual(['ltr', 'ltr']);
  expect(en.logo).toBeLessThan(en.width / 2);
  expect(en.logo).toBeLessThan(en.help);
});
