import { expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();

test('a missing address inside a language shows that language’s page-not-found, with status 404', async () => {
  const page = await openPage(browser());
  const response = await page.goto(demoUrl('/fr/sid-2027/no-such-page/'));
  expect(response?.status()).toBe(404);
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.locator('main h1').innerText()).toBe(createTranslate('fr')('notFound.title'));
  await page.locator('main a').click();
  await page.waitForURL(demoUrl('/fr/'));
});

test('a missing address outside any language shows the page-not-found in every language', async () => {
  const page = await openPage(browser());
  const response = await page.goto(demoUrl('/no-such-page/'));
  expect(response?.status()).toBe(404);
  expect(await page.locator('main section[lang]').count()).toBeGreaterThan(1);
});
