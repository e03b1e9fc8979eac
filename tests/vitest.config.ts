import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest lives under tests/ so that the project's top level keeps only the agreed entries.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
