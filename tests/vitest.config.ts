import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest lives under tests/ so that the project's top level keeps only the agreed entries.
// unit: pure functions in src/lib; build: real `astro build` runs on fixtures, asserting on their output.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
    ],
  },
});
