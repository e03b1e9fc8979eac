import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';
import { demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();

test('choosing a language keeps the visitor on the same page', async () => {
  const page = await visit(browser(), '/en/sid-2027/schools/');
  await page.locator('header .language-picker summary').click();
  await page.locator('.language-picker a', { hasText: 'Français' }).click();
  await page.waitForURL(demoUrl('/fr/sid-2027/schools/'));
  await expect.poll(() => page.locator('.fallback-notice').isVisible()).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
});
