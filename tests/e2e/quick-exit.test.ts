import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { openPage, useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { DEMO_LOCALES, demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();

/** Answers requests to the neutral site locally, so the test never leaves the machine; `hold` keeps the answer back. */
async function stubNeutralSite(page: Page, hold?: Promise<void>) {
  await page.context().route(
    (url) => !url.href.startsWith(demoUrl('/')),
    async (route) => {
      await hold;
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>' });
    },
  );
}

const status = (page: Page) => page.locator('[data-quick-exit] [role="status"]');

test('the quick-exit button leaves for a neutral page and takes the help page out of the history', async () => {
  const page = await visit(browser(), '/en/sid-2027/');
  await stubNeutralSite(page);
  await page.goto(demoUrl('/en/sid-2027/get-help/'));
  const link = page.locator('[data-quick-exit] a[data-quick-exit-link]');
  const neutral = await link.getAttribute('href');
  expect(neutral).toMatch(/^https:\/\//);
  await link.click();
  await page.waitForURL(neutral!);
  await page.goBack();
  expect(page.url()).toBe(demoUrl('/en/sid-2027/'));
});

test('leaving covers the page at once with a blank overlay, which a page shown again from the cache removes', async () => {
  const page = await visit(browser(), '/en/sid-2027/parents-carers/');
  await stubNeutralSite(page, new Promise(() => {}));
  // Read in the same task as the click, before the neutral page could have loaded.
  const seen = await page.evaluate(() => {
    const displayOf = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
    document.querySelector<HTMLElement>('[data-quick-exit] a[data-quick-exit-link]')!.click();
    const overlay = document.querySelector('[data-quick-exit-overlay]');
    const leaving = {
      overlay: overlay && {
        role: overlay.getAttribute('role'),
        text: overlay.textContent,
        ...overlay.getBoundingClientRect().toJSON(),
      },
      hidden: ['main', 'header', '[data-quick-exit]'].map(displayOf),
    };
    // The event a back-forward cache restore fires (headless Chromium has no such cache, see below).
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    return {
      leaving,
      shownAgain: { overlays: document.querySelectorAll('[data-quick-exit-overlay]').length, main: displayOf('main') },
    };
  });
  expect(seen.leaving.overlay).toMatchObject({
    role: 'alert',
    text: createTranslate('en')('quickExit.leaving'),
    x: 0,
    y: 0,
    width: 1280,
    height: 800,
  });
  expect(seen.leaving.hidden).toEqual(['none', 'none', 'none']);
  expect(seen.shownAgain).toEqual({ overlays: 0, main: 'block' });
});

test('pressing Shift three times leaves too, announcing the presses left', async () => {
  const page = await visit(browser(), '/ar/sid-2027/get-help/');
  await stubNeutralSite(page);
  const neutral = await page.locator('[data-quick-exit] a[data-quick-exit-link]').getAttribute('href');
  await page.keyboard.press('Shift');
  expect(await status(page).textContent()).toBe('اضغط Shift مرتين أخريين للمغادرة.');
  await page.keyboard.press('Shift');
  expect(await status(page).textContent()).toBe('اضغط Shift مرة أخرى للمغادرة.');
  await page.keyboard.press('Shift');
  await page.waitForURL(neutral!);
});

test('Escape, Shift as a modifier (capitals, Shift+A) and another key between the Shift presses do not leave', async () => {
  const page = await visit(browser(), '/en/sid-2027/get-help/');
  await stubNeutralSite(page);
  const here = page.url();
  for (const key of ['Escape', 'Escape', 'Escape', 'Shift+A', 'Shift+B', 'Shift+C']) await page.keyboard.press(key);
  expect(await status(page).textContent()).toBe('');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  expect(await status(page).textContent()).toBe('The shortcut to leave was reset: too long between presses.');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(here);
  expect(await page.locator('main').isVisible()).toBe(true);
});

test('up to 5 seconds may pass between presses; after that the count starts again', async () => {
  const page = await openPage(browser());
  await page.clock.install();
  await page.goto(demoUrl('/en/sid-2027/young-people/'));
  await stubNeutralSite(page);
  const here = page.url();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.fastForward(5_100);
  expect(await status(page).textContent()).toBe('The shortcut to leave was reset: too long between presses.');
  await page.keyboard.press('Shift');
  expect(await status(page).textContent()).toBe('Shift: press 2 more times to leave.');
  expect(page.url()).toBe(here);
  // Each press restarts the 5 seconds: three presses 4.9 s apart still leave.
  await page.clock.fastForward(4_900);
  await page.keyboard.press('Shift');
  await page.clock.fastForward(4_900);
  await page.keyboard.press('Shift');
  await page.waitForURL((url) => !url.href.startsWith(demoUrl('/')));
});

test('after Back the page is shown, the shortcut count starts again, and nothing on the page keeps it out of the back-forward cache', async () => {
  // Playwright turns the back-forward cache off; this browser leaves it to Chromium. Headless
  // Chromium still never uses it ("BackForwardCacheDisabledForDelegate"), so the test takes
  // the page from the cache when the browser can, and otherwise checks that the browser was
  // the only reason it did not: an unload handler, say, would be named here.
  const { path, fontconfigFile } = inject('browser');
  const cached = await chromium.launch({
    executablePath: path,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
  });
  onTestFinished(() => cached.close());
  const page = await (await cached.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  const notCached: string[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (event) =>
    notCached.push(...event.notRestoredExplanations.map((explanation) => explanation.reason)),
  );
  await page.addInitScript(() =>
    addEventListener('pageshow', (event) => ((window as { restored?: boolean }).restored = event.persisted)),
  );
  await page.goto(demoUrl('/en/sid-2027/get-help/'));
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.locator('[data-browse-safely]').click();
  await page.waitForURL(demoUrl('/en/browse-safely/'));
  await page.goBack();
  const restored = await page.evaluate(() => (window as { restored?: boolean }).restored);
  if (!restored) expect(notCached.filter((reason) => !BROWSER_REASONS.includes(reason))).toEqual([]);
  expect(
    await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type),
  ).toBe('back_forward');
  expect(await page.locator('main').isVisible()).toBe(true);
  expect(await page.locator('[data-quick-exit-overlay]').count()).toBe(0);
  expect(await status(page).textContent()).toBe('');
  // Two presses made before leaving do not carry over: one more press does not leave.
  await page.keyboard.press('Shift');
  expect(await status(page).textContent()).toBe('Shift: press 2 more times to leave.');
  expect(page.url()).toBe(demoUrl('/en/sid-2027/get-help/'));
});

/** Why headless Chromium keeps any page out of its back-forward cache: the browser's doing, not the page's. */
const BROWSER_REASONS = ['BackForwardCacheDisabledForDelegate', 'BrowsingInstanceNotSwapped'];

test('the first Tab stop is "Leave this site quickly", shown when focused, and Enter on it leaves', async () => {
  const page = await visit(browser(), '/fr/sid-2027/get-help/');
  await stubNeutralSite(page);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.textContent()).toBe(createTranslate('fr')('quickExit.label'));
  expect(await focused.evaluate((element) => element.closest('[data-quick-exit]'))).toBeNull();
  const box = (await focused.boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.y).toBeLessThan(20);
  const neutral = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL(neutral!);
});

test('the keyboard hint shows on a computer but not on a phone, which has no Shift key to press', async () => {
  const desktop = await visit(browser(), '/en/sid-2027/get-help/');
  expect(await desktop.locator('[data-quick-exit-hint]').isVisible()).toBe(true);
  expect(await desktop.locator('[data-quick-exit-hint]').textContent()).toContain('press Shift 3 times');
  const phone = await visit(browser(), '/en/sid-2027/get-help/', {
    viewport: VIEWPORTS.mobile,
    isMobile: true,
    hasTouch: true,
  });
  expect(await phone.locator('[data-quick-exit] a[data-quick-exit-link]').isVisible()).toBe(true);
  expect(await phone.locator('[data-quick-exit-hint]').isVisible()).toBe(false);
});

describe('without JavaScript', () => {
  test('the button is still a working link', async () => {
    const page = await visit(browser(), '/zh/sid-2027/get-help/', { javaScriptEnabled: false });
    await stubNeutralSite(page);
    const link = page.locator('[data-quick-exit] a[data-quick-exit-link]');
    const neutral = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(neutral!);
  });

  test('the skip link is still the first Tab stop, and leaves', async () => {
    const page = await visit(browser(), '/ar/sid-2027/young-people/', { javaScriptEnabled: false });
    await stubNeutralSite(page);
    await page.keyboard.press('Tab');
    const neutral = await page.locator(':focus').getAttribute('href');
    expect(neutral).toMatch(/^https:\/\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(neutral!);
  });
});

test('neither the bar nor the skip link is printed', async () => {
  const page = await visit(browser(), '/en/sid-2027/get-help/');
  await page.emulateMedia({ media: 'print' });
  const displays = await page
    .locator('[data-quick-exit], body > a[data-quick-exit-link]')
    .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display));
  expect(displays).toEqual(['none', 'none']);
  expect(await page.locator('[data-quick-exit] a[data-quick-exit-link]').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  expect(await page.locator('[data-quick-exit]').isVisible()).toBe(true);
});

describe.each(Object.entries(VIEWPORTS))('at %s width', (_, viewport) => {
  test.each(['/en/sid-2027/get-help/', '/ar/sid-2027/parents-carers/', '/zh/browse-safely/'])(
    'on %s, neither Tab nor Shift+Tab leaves the focused element under the sticky bar',
    async (path) => {
      const page = await visit(browser(), path, { viewport });
      const stops = await page.evaluate(() => document.querySelectorAll('a[href], summary, button, input').length);
      const covered: string[] = [];
      // Down the page and back up: going up is where a sticky bar hides what scrolls in under it.
      for (const key of [...Array(stops).fill('Tab'), ...Array(stops - 1).fill('Shift+Tab')]) {
        await page.keyboard.press(key);
        const focus = await page.evaluate(() => {
          const element = document.activeElement!;
          // What is painted at the focused element's top edge and centre must be the element itself.
          const box = element.getBoundingClientRect();
          const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
          const points = [box.top + 2, box.top + box.height / 2].map((y) => Math.min(Math.max(y, 0), innerHeight - 1));
          const hidden = points.some((y) => !element.contains(document.elementFromPoint(x, y)));
          return { html: `${element.outerHTML.slice(0, 80)} at ${Math.round(box.top)}`, hidden };
        });
        if (focus.hidden) covered.push(`${key}: ${focus.html}`);
      }
      expect(stops).toBeGreaterThan(8);
      expect(covered).toEqual([]);
    },
  );
});

test.each(DEMO_LOCALES)(
  'the Browse safely page exists in %s, with the quick exit, linked from the bar',
  async (locale) => {
    const t = createTranslate(locale);
    const page = await visit(browser(), `/${locale}/sid-2027/get-help/`);
    await page.locator('[data-browse-safely]').click();
    await page.waitForURL(demoUrl(`/${locale}/browse-safely/`));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('main h1').textContent()).toBe(t('browseSafely.title'));
    expect(await page.locator('main h2').allTextContents()).toEqual(
      (['privateTitle', 'historyTitle', 'sharedTitle', 'exitTitle', 'helpTitle'] as const).map((key) =>
        t(`browseSafely.${key}`),
      ),
    );
    expect(await page.locator('main').textContent()).toContain(t('browseSafely.exitLimit'));
    expect(await page.locator('main a').getAttribute('href')).toBe(`/${locale}/sid-2027/get-help/`);
    expect(await page.locator('[data-quick-exit] a[data-quick-exit-link]').isVisible()).toBe(true);
  },
);
