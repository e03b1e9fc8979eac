/**
 * Every template of the demo under its Content-Security-Policy, in English and Arabic with
 * JavaScript on: served with the `_headers` file (tests/helpers/demo-site-setup.ts), so the
 * header's policy and each page's meta both apply, as on Netlify or Cloudflare Pages. A page
 * passes when the browser reports no violation (the `securitypolicyviolation` event, recorded
 * by an init script, and Chromium's console errors) and its scripts still do their work.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { demo, demoUrl, templatePages } from '../helpers/demo-site.ts';
import { SEARCH_WAIT } from '../helpers/pagefind-search.ts';
import { serveDir } from '../helpers/static-server.ts';

const browser = useBrowser();
const LOCALES = ['en', 'ar'];

/** A page whose policy violations (from the event and from Chromium's console), console errors and warnings and uncaught errors are collected, across navigations. */
async function watchedPage(options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await openPage(browser(), options);
  const problems: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (report: string) => problems.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI} on ${event.documentURI} (${event.sample})`;
      (window as unknown as { reportPolicyViolation(report: string): void }).reportPolicyViolation(report);
    });
  });
  page.on('console', (message) => {
    // A 404 page's own status is logged as a failed load: that one is what the page is for.
    const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if ((message.type() === 'error' || message.type() === 'warning') && !ownStatus)
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

/** Visits a demo path in a watched page and waits until its scripts have run. */
async function watchedVisit(path: string, options: BrowserContextOptions = {}) {
  const watched = await watchedPage(options);
  await watched.page.goto(demoUrl(path), { waitUntil: 'networkidle' });
  return watched;
}

/** Adds an inline script and a style attribute that no policy lists; says whether the script ran. */
const plantInlineCode = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.planted = "ran";';
    document.body.append(script);
    document.querySelector('h1')!.setAttribute('style', 'color: red');
    return document.body.dataset.planted ?? 'blocked';
  });

test('the watch sees a violation: an inline script and a style attribute the policy does not list are reported', async () => {
  const { page, problems } = await watchedVisit('/en/sid-2027/');
  expect(await plantInlineCode(page)).toBe('blocked');
  await expect.poll(() => problems.join('\n')).toMatch(/script-src-elem blocked inline on /);
  await expect.poll(() => problems.join('\n')).toMatch(/style-src-attr blocked inline on /);
});

test('on a host that sends no headers, the meta alone blocks them', async () => {
  const server = await serveDir(demo.outDir);
  onTestFinished(() => server.close());
  const { page, problems } = await watchedPage();
  const response = await page.goto(`${server.url}/ar/sid-2027/`);
  expect(response!.headers()['content-security-policy']).toBeUndefined();
  expect(await plantInlineCode(page)).toBe('blocked');
  await expect.poll(() => problems.join('\n')).toMatch(/script-src-elem blocked inline on /);
  await expect.poll(() => problems.join('\n')).toMatch(/style-src-attr blocked inline on /);
});

const templates = [
  ...templatePages(LOCALES),
  ...LOCALES.map((locale) => ({
    template: `404 at a missing address (${locale})`,
    path: `/${locale}/sid-2027/no-such-page/`,
  })),
  ...LOCALES.map((locale) => ({
    template: `toolkit with a quiz (${locale})`,
    path: `/${locale}/sid-2027/toolkits/ages-11-14/`,
  })),
];

test.each(templates)(
  '$template ($path) runs without a violation, under both its header and its meta',
  async ({ path }) => {
    const { page, problems } = await watchedVisit(path, { locale: 'en-GB' });
    const response = await page.request.get(demoUrl(path));
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // The root page sends the browser on to /en/; every other page stays, its policy meta first in its head.
    expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    if (path.includes('/search/'))
      await expect.poll(() => page.locator('[data-search-results] li').count(), SEARCH_WAIT).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  },
);

describe.each(LOCALES)('the scripts still work under the policy in %s', (locale) => {
  const words: Record<string, string> = { en: 'help', ar: 'المساعدة' };

  test('search finds pages, with Pagefind compiling its WebAssembly on the page and starting no worker', async () => {
    const { page, problems } = await watchedPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(demoUrl(`/${locale}/search/?q=${encodeURIComponent(words[locale]!)}`));
    const links = page.locator('[data-search-results] li h2 a');
    await expect.poll(() => links.count(), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toContain(
      `/${locale}/sid-2027/get-help/`,
    );
    expect(workers).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the root page sends the browser to its language', async () => {
    const { page, problems } = await watchedPage({ locale: locale === 'ar' ? 'ar-EG' : 'en-GB' });
    await page.goto(demoUrl('/'));
    await page.waitForURL(demoUrl(`/${locale}/`));
    expect(problems).toEqual([]);
  });

  test('the quick exit leaves for the neutral page, by its button and by Shift three times', async () => {
    const { page, problems } = await watchedPage();
    await page.context().route(
      (url) => !url.href.startsWith(demoUrl('/')),
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' }),
    );
    await page.goto(demoUrl(`/${locale}/sid-2027/get-help/`));
    const link = page.locator('[data-quick-exit] a[data-quick-exit-link]');
    const neutral = (await link.getAttribute('href'))!;
    expect(await page.locator('[data-quick-exit-hint]').isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(neutral);
    await page.goto(demoUrl(`/${locale}/sid-2027/get-help/`));
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(neutral);
    expect(problems).toEqual([]);
  });

  test('the quiz scores the answers', async () => {
    const { page, problems } = await watchedVisit(`/${locale}/sid-2027/toolkits/ages-11-14/`);
    const quiz = page.locator('#quiz-1');
    await quiz.locator('[data-quiz-question]').first().locator('input[type=radio]').first().check();
    await quiz.locator('[data-quiz-check]').click();
    expect(await quiz.locator('[data-quiz-result]').textContent()).toMatch(/[0-4٠-٤]/);
    expect(
      await quiz.locator('[data-quiz-verdict]').evaluateAll((verdicts) => verdicts.every((v) => v.textContent)),
    ).toBe(true);
    expect(problems).toEqual([]);
  });

  test('the campaign colours, the only style attributes, still apply: the policy lists their hashes', async () => {
    const { page, problems } = await watchedVisit(`/${locale}/`);
    const styles = await page.evaluate(() => ({
      brand: getComputedStyle(document.documentElement).getPropertyValue('--color-brand'),
      border: getComputedStyle(document.querySelector('main li')!).borderInlineStartWidth,
    }));
    expect(styles).toEqual({ brand: '#1d4ed8', border: '8px' });
    expect(problems).toEqual([]);
  });

  test('the activity finder filters, and the header menus close on Escape', async () => {
    const { page, problems } = await watchedVisit(`/${locale}/activities/`);
    const visible = () => page.locator('[data-finder-item]:visible').count();
    const all = await visible();
    await page.locator('#finder-audience').selectOption('ages-11-14');
    await expect.poll(visible).toBeLessThan(all);
    await expect.poll(visible).toBeGreaterThan(0);
    const picker = page.locator('details.language-picker');
    await picker.locator('summary').click();
    expect(await picker.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await picker.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(problems).toEqual([]);
  });
});
