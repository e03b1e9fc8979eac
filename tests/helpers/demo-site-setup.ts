/**
 * Vitest global setup of the e2e project: builds the demo campaigns once, serves the output
 * on 127.0.0.1 with the headers of its `_headers` file, as Netlify or Cloudflare Pages would,
 * and hands its address and folder to every browser test and quality gate
 * through `inject('demo')`.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { SiteAddress } from './quality/site.ts';
import { buildCampaigns } from './build-fixture.ts';
import { serveDir } from './static-server.ts';

/** The built demo, as tests receive it. */
export interface DemoSite {
  /** Where the local server serves it, e.g. `http://127.0.0.1:40123`. */
  url: string;
  outDir: string;
  /** The base path and published address it was built for, so canonical and hreflang links are checked too. */
  address: SiteAddress;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoSite;
  }
}

const site = 'https://sid.example.net';
const address: SiteAddress = { base: '/', site };

interface SharedDemo {
  site: Promise<{ demo: DemoSite; stop: () => Promise<void> }>;
  users: number;
}
// Global setups run in Vitest's main process, once per project that lists them: the e2e project and the
// timing project share one build and one server through this slot instead of building the demo twice.
const SLOT = Symbol.for('sidkit.tests.demo');
const shared = globalThis as typeof globalThis & { [SLOT]?: SharedDemo };

async function buildAndServe(): Promise<{ demo: DemoSite; stop: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '../..');
  // A folder per run: engineers sharing a working tree run the suite side by side.
  const build = buildCampaigns(`demo-${process.pid}`, join(root, 'campaigns'), {
    SIDKIT_SITE: site,
    SIDKIT_BASE: address.base,
  });
  if (build.status !== 0) throw new Error(`The demo site did not build:\n${build.output}`);
  const server = await serveDir(build.outDir, { headers: true });
  return {
    demo: { url: server.url, outDir: build.outDir, address },
    stop: async () => {
      await server.close();
      rmSync(dirname(build.outDir), { recursive: true, force: true });
    },
  };
}

/** Builds and serves the demo; the returned function stops the server and removes the build after the last project's tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const entry = (shared[SLOT] ??= { site: buildAndServe(), users: 0 });
  entry.users += 1;
  const { demo, stop } = await entry.site;
  project.provide('demo', demo);
  return async () => {
    entry.users -= 1;
    if (entry.users === 0) {
      delete shared[SLOT];
      await stop();
    }
  };
}
