import { expect, test } from 'vitest';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { GATE_LOCALES } from '../helpers/demo-site.ts';

const browser = useBrowser();
const TOOLKIT_ORDER = ['ages-3-7', 'ages-7-11', 'ages-11-14', 'ages-14-18', 'parents-carers', 'educators'];

test.each(GATE_LOCALES)(
  'the %s home page opens with the campaign, the date once and two calls to action above the fold on a phone',
  async (locale) => {
    const page = await visit(browser(), `/${locale}/sid-2027/`, { viewport: VIEWPORTS.mobile });
    const hero = page.locator('.home-hero');
    expect(await hero.locator('h1').textContent()).toBeTruthy();
    // The date of the day appears once in the page's main content, in the hero (an event on that day may show it too).
    expect(await page.locator('main time[datetime="2027-02-09"]:not(.home-event-time)').count()).toBe(1);
    const actions = hero.locator('a.button-primary, a.button-secondary');
    expect(
      await actions.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ).toEqual([`/${locale}/sid-2027/toolkits/`, `/${locale}/sid-2027/get-help/`]);
    for (const box of await Promise.all((await actions.all()).map((action) => action.boundingBox())))
      expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORTS.mobile.height);
  },
);

test.each(GATE_LOCALES)(
  'the %s home page has audience tiles, key facts and the toolkits in audience order',
  async (locale) => {
    const page = await visit(browser(), `/${locale}/sid-2027/`);
    const tiles = page.locator('[aria-labelledby="audiences-title"] li a');
    expect(
      await tiles.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ).toEqual(['young-people', 'parents-carers', 'schools', 'get-help'].map((slug) => `/${locale}/sid-2027/${slug}/`));
    // Each tile carries sidkit's illustration, hidden from screen readers.
    expect(await page.locator('[aria-labelledby="audiences-title"] li svg[aria-hidden="true"]').count()).toBe(4);
    const facts = page.locator('[aria-labelledby="facts-title"] [data-fact]');
    expect(await facts.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-fact')))).toEqual([
      'internet-users-2013',
      'child-helpline-countries',
      'child-helpline-contacts',
      'inhope-hotlines',
    ]);
    // Every figure links to its source.
    expect(await facts.locator('a[href^="https://"]').count()).toBe(4);
    const toolkits = page.locator('[aria-labelledby="toolkits-title"] li a');
    expect(
      await toolkits.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ).toEqual(TOOLKIT_ORDER.map((toolkit) => `/${locale}/sid-2027/toolkits/${toolkit}/`));
    expect(await page.locator('[aria-labelledby="toolkits-title"] .toolkit-cover svg').count()).toBe(
      TOOLKIT_ORDER.length,
    );
  },
);

test('on a desktop the home page uses its width: four tiles and four fact cards side by side', async () => {
  const page = await visit(browser(), '/en/sid-2027/', { viewport: VIEWPORTS.desktop });
  for (const list of ['audiences-title', 'facts-title']) {
    const tops = await page
      .locator(`[aria-labelledby="${list}"] ul > li`)
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size, list).toBe(1);
    expect(tops).toHaveLength(4);
  }
});

test('a whole tile is one link, and Tab shows its focus ring around the tile', async () => {
  const page = await visit(browser(), '/en/sid-2027/');
  const link = page.locator('[aria-labelledby="audiences-title"] li a').first();
  await link.focus();
  const ring = await link.evaluate((element) => getComputedStyle(element, '::after').outlineStyle);
  expect(ring).toBe('solid');
  // A click anywhere on the tile, the illustration included, follows the link.
  const picture = (await page.locator('[aria-labelledby="audiences-title"] li svg').first().boundingBox())!;
  await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
  await page.waitForURL(/\/en\/sid-2027\/young-people\/$/);
});

test('the hero shows the campaign key visual from brand.keyVisual, loaded from the site itself', async () => {
  const page = await visit(browser(), '/ar/sid-2027/');
  const visual = page.locator('.home-hero img');
  expect(new URL((await visual.getAttribute('src'))!, page.url()).pathname).toBe('/pictures/sid-2027/key-visual.svg');
  expect(await visual.getAttribute('alt')).toBe('');
  await expect.poll(() => visual.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test('in Arabic, tiles and toolkits shown in English say so in Arabic, and translated ones carry no badge', async () => {
  const page = await visit(browser(), '/ar/sid-2027/');
  const badges = (list: string) =>
    page
      .locator(`[aria-labelledby="${list}"] li`)
      .evaluateAll((items) => items.map((item) => item.querySelector('.language-badge')?.textContent?.trim() ?? ''));
  expect(await badges('audiences-title')).toEqual(['', 'بالإنجليزية', 'بالإنجليزية', '']);
  // ages 3-7, ages 7-11 and parents and carers are translated into Arabic.
  expect(await badges('toolkits-title')).toEqual(['', '', 'بالإنجليزية', 'بالإنجليزية', '', 'بالإنجليزية']);
});
