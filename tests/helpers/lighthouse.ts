/**
 * Lighthouse against pages of a local server, in the Chromium the browser tests use (nothing is
 * downloaded), with Lighthouse's defaults: a phone (mobile form factor) on a simulated slow
 * connection and CPU. One browser for all the pages, which are audited one after the other
 * since Lighthouse measures timings and two runs at once would slow each other down.
 */
import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import type { TestBrowser } from './browser-setup.ts';
import { CHROMIUM_ARGS } from './browser.ts';
import type { LighthouseResult } from './quality/lighthouse-scores.ts';

/** The categories the gate scores; PWA is gone from Lighthouse 12 on. */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Audits one page and returns Lighthouse's result. */
export type AuditPage = (url: string) => Promise<LighthouseResult>;

/** Starts the browser, lets `work` audit pages one at a time, and closes the browser. */
export async function withLighthouse<T>(browser: TestBrowser, work: (audit: AuditPage) => Promise<T>): Promise<T> {
  const port = await freePort();
  const chrome = await chromium.launch({
    executablePath: browser.path,
    args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
    env: { ...process.env, FONTCONFIG_FILE: browser.fontconfigFile },
  });
  try {
    return await work(async (url) => {
      const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
      return run.lhr as unknown as LighthouseResult;
    });
  } finally {
    await chrome.close();
  }
}
