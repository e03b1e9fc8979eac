import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';

const browser = useBrowser();

test('an untranslated Chinese page shows the notice in Chinese and the English original marked as English', async () => {
  const page = await visit(browser(), '/zh/sid-2027/schools/');
  const notice = page.locator('.fallback-notice');
  expect(await notice.isVisible()).toBe(true);
  expect(await notice.innerText()).toContain('本页尚未翻译');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh');
  expect(await page.locator('main article').getAttribute('lang')).toBe('en');
  expect(await page.locator('main article h1').isVisible()).toBe(true);
});
