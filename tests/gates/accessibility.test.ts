import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatAxeViolations } from '../helpers/quality/axe-report.ts';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { demoUrl, templatePages } from '../helpers/demo-site.ts';

const browser = useBrowser();
// WCAG 2.0, 2.1 and 2.2 at levels A and AA: the level public-sector sites are held to.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A language the demo is not published in, so the root page stays instead of redirecting.
const UNPUBLISHED_LOCALE = 'de-DE';

/**
 * Runs axe on the page as it is now: one block per violated rule, with its elements and the page URL.
 * Legacy mode runs axe.run inside the page; the default opens a blank page for every analysis to
 * merge results from frames, which the site has none of, and takes twice as long. Detailed results
 * for violations only save the time of reporting every rule that passed.
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .setLegacyMode()
    .analyze();
  return formatAxeViolations(page.url(), results.violations);
}

describe.each(Object.entries(VIEWPORTS))('no WCAG 2.2 AA violations at %s width', (_, viewport) => {
  test.each(templatePages())('$template: $path', async ({ path }) => {
    const page = await visit(browser(), path, { viewport, locale: UNPUBLISHED_LOCALE });
    expect(await violations(page)).toEqual([]);
  });
});

test('the gate catches a planted image without alt text and names the rule, the element and the page', async () => {
  const page = await visit(browser(), '/en/sid-2027/schools/');
  await page
    .locator('main h1')
    .evaluate((h1) =>
      h1.insertAdjacentHTML(
        'afterend',
        '<img class="planted" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">',
      ),
    );
  const [failure, ...others] = await violations(page);
  expect(others).toEqual([]);
  expect(failure).toMatch(/^image-alt \(critical\) on /);
  expect(failure).toContain(demoUrl('/en/sid-2027/schools/'));
  // axe names the element by the shortest unique selector: its class, now that the page has pictures of its own.
  expect(failure).toMatch(/\n  [^\n]*(?:img|\.planted)[^\n]*\n/);
});
