import { expect, test } from 'vitest';
import { findThirdPartyLoads, formatThirdPartyLoads } from '../helpers/quality/privacy.ts';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { demo, demoFiles, demoUrl, templatePages } from '../helpers/demo-site.ts';

const browser = useBrowser();
const cssFile = () => [...demoFiles().keys()].find((file) => file.endsWith('.css'))!;

test('no built HTML, CSS or JavaScript loads anything from another origin', () => {
  const loads = findThirdPartyLoads(demoFiles(), demo.address);
  expect(loads, formatThirdPartyLoads(loads)).toEqual([]);
});

test('the static check catches a planted web font from another origin', () => {
  const site = new Map(demoFiles());
  const css = cssFile();
  site.set(
    css,
    Buffer.concat([
      site.get(css)!,
      Buffer.from('@font-face{font-family:Planted;src:url(https://fonts.gstatic.com/s/planted.woff2)}'),
    ]),
  );
  expect(formatThirdPartyLoads(findThirdPartyLoads(site, demo.address))).toBe(
    `${css}: url() loads https://fonts.gstatic.com/s/planted.woff2`,
  );
});

test('in the browser, every page requests only the site itself, sets no cookie and stores nothing', async () => {
  const page = await openPage(browser());
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const stored: string[] = [];
  for (const { path } of templatePages()) {
    await page.goto(demoUrl(path));
    const [local, session] = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    if (local || session) stored.push(`${path}: ${local} localStorage and ${session} sessionStorage item(s)`);
  }
  expect(requests.length).toBeGreaterThan(templatePages().length);
  expect(requests.filter((url) => !url.startsWith(`${demo.url}/`) && !url.startsWith('data:'))).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(stored).toEqual([]);
});
