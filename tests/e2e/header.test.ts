import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { demoUrl } from '../helpers/demo-site.ts';

const browser = useBrowser();
const PHONE = VIEWPORTS.mobile;
/** 1280 px and 640 px wide at 200 % zoom, in CSS pixels (WCAG 1.4.10 reflow). */
const ZOOMED = [
  { width: 640, height: 400 },
  { width: 320, height: 256 },
];

/** How far the document scrolls sideways; 0 when everything fits the width. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether the element is shown and lies wholly inside the screen's width. */
async function insideWidth(locator: Locator, width: number) {
  if (!(await locator.isVisible())) return false;
  const box = (await locator.boundingBox())!;
  return box.x >= 0 && box.x + box.width <= width + 0.5;
}

/** The descriptions of the elements of `locator` that are not shown inside the screen's width. */
async function outsideWidth(locator: Locator, width: number) {
  const outside: string[] = [];
  for (const element of await locator.all())
    if (!(await insideWidth(element, width))) outside.push((await element.evaluate((e) => e.outerHTML)).slice(0, 120));
  return outside;
}

const menu = (page: Page) => page.locator('header nav details.site-menu');
const picker = (page: Page) => page.locator('header details.language-picker');
const isOpen = (details: Locator) => details.evaluate((element) => (element as HTMLDetailsElement).open);

describe.each(['en', 'ar', 'zh'])('the header in %s at 390 px', (locale) => {
  const path = `/${locale}/sid-2027/schools/`;

  test('fits the screen: a Menu toggle names the current page, and opens a list with every item inside the screen', async () => {
    const page = await visit(browser(), path, { viewport: PHONE });
    expect(await sideways(page)).toBe(0);
    const summary = menu(page).locator('summary');
    expect(await insideWidth(summary, PHONE.width)).toBe(true);
    const current = page.locator('header nav a[aria-current="page"]');
    expect(await current.getAttribute('href')).toBe(path);
    const currentLabel = await current.locator('span').first().textContent();
    expect(await summary.innerText()).toContain(currentLabel);
    expect(await summary.innerText()).toContain(createTranslate(locale)('header.menu'));

    await summary.click();
    const links = page.locator('header nav a');
    // The demo's seven pages, then Toolkits, Campaign kit and Supporters.
    expect(await links.count()).toBe(10);
    expect(await outsideWidth(links, PHONE.width)).toEqual([]);
    expect(await insideWidth(current, PHONE.width)).toBe(true);
    expect(await sideways(page)).toBe(0);
  });

  test('keeps Get help in view beside the campaign’s name, not inside the menu', async () => {
    const page = await visit(browser(), path, { viewport: PHONE });
    const help = page.locator('header a.site-help');
    expect(await insideWidth(help, PHONE.width)).toBe(true);
    expect(await help.evaluate((link) => link.closest('details'))).toBeNull();
    expect(await help.innerText()).toBe(createTranslate(locale)('header.getHelp'));
  });
});

describe.each(['en', 'ar', 'zh'])('the header in %s at 1280 px', (locale) => {
  test('shows the navigation as one row, with no Menu toggle', async () => {
    const page = await visit(browser(), `/${locale}/sid-2027/schools/`, { viewport: VIEWPORTS.desktop });
    expect(await menu(page).locator('summary').isVisible()).toBe(false);
    const links = page.locator('header nav a');
    expect(await outsideWidth(links, VIEWPORTS.desktop.width)).toEqual([]);
    const tops = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().top));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
    expect(await sideways(page)).toBe(0);
  });
});

describe('without JavaScript', () => {
  test('the Menu opens and closes on a tap at 390 px, and its links work', async () => {
    const page = await visit(browser(), '/ar/sid-2027/', { viewport: PHONE, javaScriptEnabled: false });
    const schools = page.locator('header nav a[href="/ar/sid-2027/schools/"]');
    expect(await schools.isVisible()).toBe(false);
    await menu(page).locator('summary').click();
    expect(await schools.isVisible()).toBe(true);
    await menu(page).locator('summary').click();
    expect(await schools.isVisible()).toBe(false);
    await menu(page).locator('summary').click();
    await schools.click();
    await page.waitForURL(demoUrl('/ar/sid-2027/schools/'));
  });

  test('the navigation row shows at 1280 px without opening anything', async () => {
    const page = await visit(browser(), '/zh/sid-2027/', { javaScriptEnabled: false });
    expect(await outsideWidth(page.locator('header nav a'), VIEWPORTS.desktop.width)).toEqual([]);
  });
});

describe.each(['en', 'ar'])('the language menu in %s', (locale) => {
  const path = `/${locale}/sid-2027/schools/`;

  test.each([PHONE, VIEWPORTS.desktop, ...ZOOMED])('opens inside the screen at $width px', async (viewport) => {
    const page = await visit(browser(), path, { viewport });
    await picker(page).locator('summary').click();
    const list = picker(page).locator('ul');
    expect(await insideWidth(list, viewport.width)).toBe(true);
    expect(await outsideWidth(list.locator('a'), viewport.width)).toEqual([]);
    expect(await sideways(page)).toBe(0);
  });

  test('opens inside the screen at 1280 px where it ends the header’s first row (the search page)', async () => {
    const page = await visit(browser(), `/${locale}/search/`, { viewport: VIEWPORTS.desktop });
    await picker(page).locator('summary').click();
    expect(await insideWidth(picker(page).locator('ul'), VIEWPORTS.desktop.width)).toBe(true);
  });

  test('closes on Escape and gives focus back to its toggle', async () => {
    const page = await visit(browser(), path, { viewport: PHONE });
    await picker(page).locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await isOpen(picker(page))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.language-picker ul') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(picker(page))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('.language-picker summary'))).toBe(true);
  });

  test('closes on a tap outside it, and so does the Menu', async () => {
    const page = await visit(browser(), path, { viewport: PHONE, hasTouch: true, isMobile: true });
    const heading = (await page.locator('main h1').boundingBox())!;
    for (const details of [picker(page), menu(page)]) {
      await details.locator('summary').tap();
      expect(await isOpen(details)).toBe(true);
      await page.touchscreen.tap(heading.x + 5, heading.y + heading.height + 120);
      expect(await isOpen(details)).toBe(false);
    }
  });
});

test('the Menu closes on Escape and gives focus back to its toggle', async () => {
  const page = await visit(browser(), '/zh/sid-2027/schools/', { viewport: PHONE });
  await menu(page).locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.site-menu-list') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  expect(await isOpen(menu(page))).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.matches('.site-menu summary'))).toBe(true);
});

/**
 * Tabs through the header (its disclosures opened first) and returns, for every control whose
 * focus ring is cut off by an ancestor that clips its overflow or by the screen's edge, why.
 */
async function clippedFocusRings(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('header details')) (details as HTMLDetailsElement).open = true;
  });
  const problems: string[] = [];
  let reached = 0;
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('header')) return undefined;
      const style = getComputedStyle(element);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0)
        return [`${element.outerHTML.slice(0, 80)}: no outline`];
      const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const box = element.getBoundingClientRect();
      const ring = { left: box.left - grow, right: box.right + grow, top: box.top - grow, bottom: box.bottom + grow };
      const cut: string[] = [];
      if (ring.left < 0 || ring.right > document.documentElement.clientWidth) cut.push('the screen edge');
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const clip = getComputedStyle(parent);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const area = parent.getBoundingClientRect();
        if (ring.left < area.left || ring.right > area.right || ring.top < area.top || ring.bottom > area.bottom)
          cut.push(`<${parent.tagName.toLowerCase()} class="${parent.className}">`);
      }
      return cut.map((reason) => `${element.outerHTML.slice(0, 80)}: cut by ${reason}`);
    });
    if (!found) {
      if (reached > 0) break;
      continue;
    }
    reached++;
    problems.push(...found);
  }
  return { reached, problems };
}

describe.each([PHONE, VIEWPORTS.desktop, ...ZOOMED])('at $width px', (viewport) => {
  test.each(['/en/sid-2027/schools/', '/ar/sid-2027/toolkits/', '/zh/sid-2027/get-help/'])(
    'no focus ring in the header of %s is cut off',
    async (path) => {
      const page = await visit(browser(), path, { viewport });
      const { reached, problems } = await clippedFocusRings(page);
      expect(reached).toBeGreaterThan(9);
      expect(problems).toEqual([]);
    },
  );
});

// Russian and French too: their longer words (the Get help button, the campaign's name) are the tightest fit.
const REFLOW_PAGES = [
  '/en/sid-2027/schools/',
  '/ar/sid-2027/schools/',
  '/zh/sid-2027/toolkits/',
  '/ru/sid-2027/schools/',
  '/fr/sid-2027/toolkits/',
  '/ar/',
  '/en/404.html',
];

describe.each(ZOOMED)('reflow at $width px (200 % zoom)', (viewport) => {
  test.each(REFLOW_PAGES)('%s needs no sideways scrolling, with the menus open or closed', async (path) => {
    const page = await visit(browser(), path, { viewport });
    expect(await sideways(page)).toBe(0);
    const controls = page.locator('header a:visible, header summary:visible, header input:visible');
    expect(await outsideWidth(controls, viewport.width)).toEqual([]);
    for (const details of await page.locator('header details').all()) {
      await details.locator('summary').click();
      expect(await outsideWidth(details.locator('a'), viewport.width)).toEqual([]);
      expect(await sideways(page)).toBe(0);
      await details.locator('summary').click();
    }
  });
});

test.each([
  ['/', '/en/sid-2027/get-help/', 'en'],
  ['/en/', '/en/sid-2027/get-help/', 'en'],
  ['/ar/', '/ar/sid-2027/get-help/', 'ar'],
  ['/zh/', '/zh/sid-2027/get-help/', 'zh'],
  ['/en/404.html', '/en/sid-2027/get-help/', 'en'],
  ['/ar/404.html', '/ar/sid-2027/get-help/', 'ar'],
  ['/404.html', '/en/sid-2027/get-help/', 'en'],
  ['/ar/search/', '/ar/sid-2027/get-help/', 'ar'],
])('%s has the header’s Get help button, to %s, in view at 390 px', async (path, target, locale) => {
  // Without JavaScript, so that the root page stays the list of languages rather than redirecting.
  const page = await visit(browser(), path, { viewport: PHONE, javaScriptEnabled: false });
  const help = page.locator('header a.site-help');
  expect(await help.getAttribute('href')).toBe(target);
  expect(await help.innerText()).toBe(createTranslate(locale)('header.getHelp'));
  expect(await insideWidth(help, PHONE.width)).toBe(true);
  const [button, header] = await Promise.all(
    [help, page.locator('header')].map((element) => element.evaluate((e) => getComputedStyle(e).backgroundColor)),
  );
  expect(button).not.toBe(header);
  const response = await page.goto(demoUrl(target));
  expect(response?.status()).toBe(200);
});

describe.each([
  ['ar', 'بالإنجليزية', 'الإنجليزية', 'العربية'],
  ['zh', '英语', '英语', '中文'],
])('honest languages in %s', (locale, badge, english, own) => {
  test('every navigation item that leads to an English page says so, in a badge in the page’s language', async () => {
    const page = await visit(browser(), `/${locale}/sid-2027/schools/`, { viewport: PHONE });
    await menu(page).locator('summary').click();
    const items = await page.locator('header nav a').evaluateAll((links) =>
      links.map((link) => ({
        label: link.querySelector('span')!.getAttribute('lang'),
        dir: link.querySelector('span')!.getAttribute('dir'),
        badge: link.querySelector('.language-badge')?.textContent?.trim(),
        badgeLang: link.querySelector('.language-badge')?.getAttribute('lang'),
        shown: link.querySelector('.language-badge')?.checkVisibility(),
      })),
    );
    const fallbacks = items.filter((item) => item.label === 'en');
    // About the day, parents and carers, and schools are not translated into ar or zh.
    expect(fallbacks.length).toBeGreaterThanOrEqual(3);
    for (const item of fallbacks)
      expect(item).toEqual({ label: 'en', dir: 'ltr', badge, badgeLang: locale, shown: true });
    for (const item of items.filter((item) => item.label !== 'en')) expect(item.badge).toBeUndefined();
  });

  test('toolkit cards in English carry the badge, and every download names the language of its PDF', async () => {
    const page = await visit(browser(), `/${locale}/sid-2027/toolkits/`, { viewport: PHONE });
    const cards = await page.locator('.toolkit-card').evaluateAll((elements) =>
      elements.map((card) => ({
        lang: card.querySelector('h2')!.getAttribute('lang'),
        badge: card.querySelector('h2 .language-badge')?.textContent?.trim(),
        downloads: [...card.querySelectorAll('.pdf-downloads a')].map((link) => ({
          language: link.querySelector('.pdf-language')?.textContent,
          href: link.getAttribute('href'),
        })),
      })),
    );
    const inEnglish = cards.filter((card) => card.lang === 'en');
    const translated = cards.filter((card) => card.lang === locale);
    expect(inEnglish.length).toBeGreaterThan(0);
    expect(translated.length).toBeGreaterThan(0);
    for (const card of inEnglish) {
      expect(card.badge).toBe(badge);
      for (const download of card.downloads) {
        expect(download.language).toBe(english);
        expect(download.href).toMatch(/-en-(a4|us-letter)\.pdf$/);
      }
    }
    for (const card of translated) {
      expect(card.badge).toBeUndefined();
      for (const download of card.downloads) expect(download.language).toBe(own);
    }
  });
});

test('the download button of an English toolkit names English', async () => {
  const page = await visit(browser(), '/en/sid-2027/toolkits/ages-11-14/');
  const labels = await page.locator('article .pdf-downloads a').allInnerTexts();
  expect(labels.length).toBe(2);
  for (const label of labels)
    expect(label).toMatch(/^Download PDF · English · (A4|US Letter)\n\d+ pages, [\d.]+ (kB|MB)$/);
});
