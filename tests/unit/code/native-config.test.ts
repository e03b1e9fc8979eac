import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

// Astro imports astro.config.mjs with Node first. If Node cannot load it (TypeScript that type stripping
// cannot erase, such as parameter properties or enums, anywhere in the integration's imports), Astro falls
// back to a Vite module runner that it closes at once, and every later `import()` of the build's steps
// fails with "Vite module runner has been closed".
test('Node loads the Astro config and every module it imports without a bundler', () => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
