import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { GATE_LOCALES } from '../helpers/demo-site.ts';

const browser = useBrowser();
const folder = resolve(import.meta.dirname, '../.output/screenshots');
const PAGES = { home: '', 'get-help': 'get-help/', 'content-or-fallback': 'schools/' };
const shots = GATE_LOCALES.flatMap((locale) =>
  Object.entries(PAGES).flatMap(([name, slug]) =>
    Object.keys(VIEWPORTS).map((size) => ({ locale, name, slug, size: size as keyof typeof VIEWPORTS })),
  ),
);

// Screenshots for people to review in tests/.output/screenshots/; the test
// itself asserts only that nothing makes the page scroll sideways.
test.each(shots)('$locale $name at $size width', async ({ locale, name, slug, size }) => {
  mkdirSync(folder, { recursive: true });
  const page = await visit(browser(), `/${locale}/sid-2027/${slug}`, { viewport: VIEWPORTS[size] });
  await page.screenshot({ path: `${folder}/${locale}-${name}-${size}.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS[size].width);
});
