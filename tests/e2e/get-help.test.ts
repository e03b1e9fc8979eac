import { expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { useBrowser, visit } from '../helpers/browser.ts';
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
