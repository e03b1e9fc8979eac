import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');

// The code is formatted by Prettier (.prettierrc.json); `npx prettier --write .` fixes what this finds.
test('every source file is formatted as Prettier writes it', () => {
  const run = spawnSync(process.execPath, [prettier, '--check', '--log-level', 'warn', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stderr + run.stdout).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
