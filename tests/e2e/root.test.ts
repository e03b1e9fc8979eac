import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';
import { DEMO_LOCALES, demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();

test('the root page sends a French-speaking browser to the French pages', async () => {
  const page = await visit(browser(), '/', { locale: 'fr-FR' });
  await page.waitForURL(demoUrl('/fr/'));
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
});

test('without JavaScript the root page lists every language as a plain link', async () => {
  const page = await visit(browser(), '/', { locale: 'fr-FR', javaScriptEnabled: false });
  expect(page.url()).toBe(demoUrl('/'));
  const links = page.locator('main a');
  expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
    DEMO_LOCALES.map((locale) => `/${locale}/`),
  );
  await links.filter({ hasText: 'Français' }).click();
  await page.waitForURL(demoUrl('/fr/'));
});
