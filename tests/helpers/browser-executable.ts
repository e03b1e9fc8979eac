/**
 * Finds the Chromium that browser tests drive, without downloading anything: the browser
 * named by SIDKIT_CHROMIUM, else one installed on the machine, else the one inside the
 * `@sparticuz/chromium` devDependency, which ships its binary in the npm package.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where a browser was found, for the one line the test run prints about it. */
export type BrowserOrigin = 'SIDKIT_CHROMIUM' | 'system' | 'npm';

/** The browser tests launch. */
export interface BrowserExecutable {
  path: string;
  origin: BrowserOrigin;
}

/** Usual places of Chromium and Chrome on Linux and macOS, in the order they are tried. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

/** A named browser that is not there is a mistake to report, not a reason to look elsewhere. */
export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The browser to use, from the environment and the files that exist; undefined when only the
 * npm package is left. Pure apart from looking at files, so the order is unit-tested.
 */
export function localBrowser(
  env: NodeJS.ProcessEnv,
  candidates: readonly string[] = SYSTEM_BROWSERS,
): BrowserExecutable | undefined {
  const named = env.SIDKIT_CHROMIUM?.trim();
  if (named) {
    if (!isFile(named))
      throw new BrowserNotFound(
        `SIDKIT_CHROMIUM names ${named}, which is not a file. Point it at a Chromium or Chrome executable, or unset it to use the system's or the npm one.`,
      );
    return { path: named, origin: 'SIDKIT_CHROMIUM' };
  }
  const system = candidates.find(isFile);
  return system ? { path: system, origin: 'system' } : undefined;
}

/**
 * Unpacks the npm package's Chromium (about 9 s the first time, into the temp folder) and
 * returns its path. Several test processes may ask at once, so one of them unpacks while the
 * others wait on a lock folder.
 */
async function npmBrowser(): Promise<string> {
  const lock = join(tmpdir(), 'sidkit-chromium.lock');
  for (const started = Date.now(); ; await sleep(200)) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a run that was stopped mid-way.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 180_000)
        throw new BrowserNotFound(`Timed out waiting for ${lock}; remove it if no test run is going on.`);
    }
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The browser to launch: SIDKIT_CHROMIUM, then a system Chromium or Chrome, then the npm one. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserExecutable> {
  return localBrowser(env) ?? { path: await npmBrowser(), origin: 'npm' };
}
