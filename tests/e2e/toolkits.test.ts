import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';

const browser = useBrowser();

test.each(['en', 'ar', 'zh'])('the Download PDF links of a toolkit in %s download real PDFs', async (locale) => {
  const page = await visit(browser(), `/${locale}/sid-2027/toolkits/ages-7-11/`, { acceptDownloads: true });
  const links = page.locator('article .pdf-downloads a');
  expect(await links.count()).toBe(2);
  for (const [index, paper] of [
    [0, 'a4'],
    [1, 'us-letter'],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(index).click()]);
    expect(download.suggestedFilename()).toBe(`sid-2027-ages-7-11-${locale}-${paper}.pdf`);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test.each(['ages-3-7', 'ages-7-11'])(
  'the toolkit list filters by audience (%s) with plain links, without JavaScript',
  async (audience) => {
    const page = await visit(browser(), '/fr/sid-2027/toolkits/', { javaScriptEnabled: false });
    const all = await page.locator('.toolkit-card').count();
    await page.locator(`main nav a[href$="/for/${audience}/"]`).click();
    expect(page.url()).toMatch(new RegExp(`/fr/sid-2027/toolkits/for/${audience}/$`));
    const filtered = page.locator('.toolkit-card');
    expect(await filtered.count()).toBeGreaterThan(0);
    expect(await filtered.count()).toBeLessThan(all);
    for (const shown of await filtered.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-audience'))))
      expect(shown).toBe(audience);
  },
);
