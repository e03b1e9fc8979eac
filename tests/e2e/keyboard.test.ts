import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';

const browser = useBrowser();
const INTERACTIVE = 'a[href], summary, button, input, select, textarea';

/** Presses Tab and describes where focus lands: its tab-stop mark or href, and whether it (or its ::after) shows an outline or ring. */
async function tab(page: Page) {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    // A card that is one link draws its ring on the link's ::after, which covers the card.
    const outlined = [getComputedStyle(element), getComputedStyle(element, '::after')].some(
      (style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    );
    const style = getComputedStyle(element);
    return {
      name: element.getAttribute('href') ?? element.tagName.toLowerCase(),
      stop: element.getAttribute('data-tab-stop'),
      html: element.outerHTML.slice(0, 100),
      indicated: outlined || style.boxShadow !== 'none',
    };
  });
}

/** Opens every disclosure so its links count, then marks each visible interactive element; returns how many there are. */
function markTabStops(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const elements = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility());
    elements.forEach((element, index) => element.setAttribute('data-tab-stop', String(index)));
    return elements.length;
  }, INTERACTIVE);
}

test('Tab reaches the skip link first, then the header links, the language picker, the search box and the navigation', async () => {
  const page = await visit(browser(), '/en/sid-2027/schools/');
  const nav = await page.locator('header nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const order: string[] = [];
  for (let press = 0; press < 6 + nav.length; press++) order.push((await tab(page))?.name ?? 'nothing');
  expect(order).toEqual(['#main', '/en/sid-2027/', '/en/sid-2027/get-help/', 'summary', 'input', 'button', ...nav]);
});

test('the skip link shows when focused, and Enter on it moves focus to the main content', async () => {
  const page = await visit(browser(), '/ar/sid-2027/');
  await tab(page);
  expect((await page.locator('a[href="#main"]').boundingBox())!.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

describe.each(Object.entries(VIEWPORTS))('at %s width', (_, viewport) => {
  test.each(['/en/sid-2027/schools/', '/ar/sid-2027/', '/zh/sid-2027/get-help/', '/en/404.html'])(
    'every interactive element of %s is reached by Tab and shows a focus indicator',
    async (path) => {
      const page = await visit(browser(), path, { viewport });
      const count = await markTabStops(page);
      const reached = new Set<string | null>();
      const unmarked = new Set<string>();
      for (let press = 0; press < count + 3; press++) {
        const focus = await tab(page);
        if (!focus) continue;
        reached.add(focus.stop);
        if (!focus.indicated) unmarked.add(focus.html);
      }
      const missed = await page
        .locator('[data-tab-stop]')
        .evaluateAll(
          (elements, ids) =>
            elements
              .filter((element) => !ids.includes(element.getAttribute('data-tab-stop')))
              .map((element) => element.outerHTML.slice(0, 100)),
          [...reached],
        );
      expect(count).toBeGreaterThan(1);
      expect(missed).toEqual([]);
      expect([...unmarked]).toEqual([]);
    },
  );
});
