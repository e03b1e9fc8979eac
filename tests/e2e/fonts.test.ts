import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { FONT_FAMILIES } from '../../src/lib/pdf/fonts.ts';
import { useBrowser, visit } from '../helpers/browser.ts';

const browser = useBrowser();

/** The fonts Chromium really drew an element's text with, as its DevTools protocol reports them. */
async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}

// The test browser sees only the npm font packages (tests/helpers/browser-fonts.ts), so
// screenshots and layouts do not depend on the fonts a machine happens to have.
test.each([
  { locale: 'en', family: 'Noto Sans' },
  { locale: 'ar', family: 'IBM Plex Sans Arabic' },
  { locale: 'zh', family: 'Noto Sans SC' },
])('$locale headings are drawn in $family and other bundled fonts only', async ({ locale, family }) => {
  const page = await visit(browser(), `/${locale}/sid-2027/`);
  const fonts = await platformFonts(page, 'main h1');
  // Digits and Latin words in an Arabic or Chinese heading come from Noto Sans.
  expect(fonts).toContain(family);
  expect(fonts.filter((font) => !Object.values<string>(FONT_FAMILIES).includes(font))).toEqual([]);
});
