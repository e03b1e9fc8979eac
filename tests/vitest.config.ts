import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest lives under tests/ so that the project's top level keeps only the agreed entries.
// unit: pure functions in src/lib and tests/helpers; build: real `astro build` runs on fixtures, asserting on their output.
// contract: components rendered through Astro's container API and converted to Typst.
// e2e: the demo built once and served locally, checked in Chromium (tests/e2e) and by the quality gates (tests/gates).
// The gate that measures time, and so must run with the machine to itself.
const TIMED = 'tests/gates/lighthouse.test.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine one file at a time, which
    // left a core idle while a build or a browser waited (12.7 CPU minutes in a 13.8-minute run).
    maxWorkers: 2,
    projects: [
      // Pure functions share no state worth a fresh worker per file: reusing workers saves ~25 s of process start-up.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // The components' templates rendered by Astro's container API, with Astro's own Vite config.
      'tests/contract/vitest.config.ts',
      // One file at a time: every `astro build` of the project writes .astro/content-modules.mjs, so two
      // builds at once can render each other's content ("Unexpected error while rendering").
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/browser-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/gates/**/*.test.ts'],
          exclude: [TIMED],
          globalSetup: ['tests/helpers/browser-setup.ts', 'tests/helpers/demo-site-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      // Lighthouse scores performance from the main thread's timings: beside another test file on two cores the
      // Arabic toolkit page measured 300 ms of Total Blocking Time and scored 93 three times running, failing CI;
      // alone it scores 98. One worker puts it in Vitest's sequential group, with the build tests, so nothing
      // else runs while it measures.
      {
        extends: true,
        test: {
          name: 'timing',
          include: [TIMED],
          globalSetup: ['tests/helpers/browser-setup.ts', 'tests/helpers/demo-site-setup.ts'],
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
