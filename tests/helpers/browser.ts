/**
 * Chromium for browser tests, driven by playwright-core: the one browser-setup.ts found, one
 * browser per test file, a fresh context per page so that no state leaks between tests.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';
import { demoUrl } from './demo-site.ts';

/** The screen sizes pages are checked at: a common phone, and a laptop. */
export const VIEWPORTS = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Chromium's flags for every test: no network beyond the local test server, as its own background requests are switched off. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium before the file's tests and closes it after them; call at the top of a test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const { path, fontconfigFile } = inject('browser');
    browser = await chromium.launch({
      executablePath: path,
      args: CHROMIUM_ARGS,
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
    return browser;
  };
}

/** A page in a new context of its own (viewport, locale, JavaScript on or off); the context closes when the test finishes. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  // A context per page keeps tests apart, and axe-core needs a page from browser.newContext().
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  onTestFinished(() => context.close());
  return context.newPage();
}

/** Opens a demo path in a new page (see `openPage`) and waits for it to load. */
export async function visit(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage(browser, options);
  await page.goto(demoUrl(path));
  return page;
}
