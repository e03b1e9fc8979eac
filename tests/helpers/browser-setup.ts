/**
 * Vitest global setup of the projects that drive a browser: finds Chromium once (see
 * browser-executable.ts), says which one, and hands it to the test files with the
 * fontconfig file that limits it to the bundled fonts.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser, type BrowserExecutable } from './browser-executable.ts';
import { writeBrowserFontconfig } from './browser-fonts.ts';

/** The browser as test files receive it. */
export interface TestBrowser extends BrowserExecutable {
  fontconfigFile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browser: TestBrowser;
  }
}

const ORIGINS = {
  SIDKIT_CHROMIUM: 'named by SIDKIT_CHROMIUM',
  system: 'installed on this machine',
  npm: 'from the @sparticuz/chromium npm package',
};

export default async function setup(project: TestProject): Promise<void> {
  const browser = await findBrowser();
  const fontconfigFile = writeBrowserFontconfig(resolve(import.meta.dirname, '../.output/browser-fonts'));
  // Each project that needs a browser runs this setup; the run says once which browser it uses.
  if (process.env.SIDKIT_BROWSER_REPORTED !== browser.path) {
    process.env.SIDKIT_BROWSER_REPORTED = browser.path;
    console.log(`Browser tests use ${browser.path} (${ORIGINS[browser.origin]}).`);
  }
  project.provide('browser', { ...browser, fontconfigFile });
}
