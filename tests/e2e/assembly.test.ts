/**
 * The assembly section of a toolkit page in Chromium, in English, Arabic and Chinese: every
 * slide as a card with its notes open under it, links to the slides and speaker notes with
 * their sizes, nothing wider than a phone, no axe violation. Screenshots of the section at
 * 390 and 1280 px go to tests/.output/screenshots/ for people to look at.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { formatAxeViolations } from '../helpers/quality/axe-report.ts';

const browser = useBrowser();
const folder = resolve(import.meta.dirname, '../.output/screenshots');
const assembly = '#assembly-1';

describe.each([
  { locale: 'en', dir: 'ltr', first: 'It’s Safer Internet Day!', notes: 'Today is Safer Internet Day' },
  {
    locale: 'ar',
    dir: 'rtl',
    first: 'اليوم هو يوم الإنترنت الأكثر أمانًا!',
    notes: 'اليوم هو يوم الإنترنت الأكثر أمانًا',
  },
  { locale: 'zh', dir: 'ltr', first: '今天是安全上网日！', notes: '今天是安全上网日' },
])('the $locale ages 7-11 assembly', ({ locale, dir, first, notes }) => {
  const path = `/${locale}/sid-2027/toolkits/ages-7-11/`;

  test.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
    'lists each slide as a card with its notes, and links the slides and notes with their sizes, at %s width',
    async (size) => {
      const page = await visit(browser(), path, { viewport: VIEWPORTS[size] });
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      const slides = page.locator(`${assembly} [data-slide]`);
      expect(await slides.count()).toBe(7);
      expect(await slides.first().locator('h3').textContent()).toContain(first);
      const firstNotes = slides.first().locator('details[data-speaker-notes]');
      expect(await firstNotes.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      expect(await firstNotes.textContent()).toContain(notes);
      const links = page.locator(`${assembly} header a[type="application/pdf"]`);
      expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual([
        `/${locale}/sid-2027/toolkits/sid-2027-ages-7-11-${locale}-slides.pdf`,
        `/${locale}/sid-2027/toolkits/sid-2027-ages-7-11-${locale}-speaker-notes-a4.pdf`,
        `/${locale}/sid-2027/toolkits/sid-2027-ages-7-11-${locale}-speaker-notes-us-letter.pdf`,
      ]);
      for (const info of await links.locator('[data-pdf-info]').allTextContents()) expect(info).toMatch(/\S/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        VIEWPORTS[size].width,
      );
      mkdirSync(folder, { recursive: true });
      await page.locator(assembly).screenshot({ path: `${folder}/${locale}-assembly-${size}.png` });
      const results = await new AxeBuilder({ page })
        .include(assembly)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(formatAxeViolations(page.url(), results.violations)).toEqual([]);
    },
  );
});
