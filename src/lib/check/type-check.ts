/**
 * Runs `astro check` for `npm run check` and returns its diagnostics as problems. The
 * content is checked separately (and reported in full), so `astro check` runs against an
 * empty campaigns folder: a content mistake cannot stop the type checks, and the types
 * do not depend on the content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TypeCheckFailed } from '../errors/catalogue.ts';
import { problem } from '../errors/problem.ts';
import { parseAstroCheckOutput, type AstroCheckResult } from './astro-check-output.ts';

/** The type checks of the project in `root`: every error and warning of `astro check` (hints are left out). */
export function runTypeChecks(root: string): AstroCheckResult {
  const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  const scratch = mkdtempSync(join(tmpdir(), 'sidkit-check-'));
  try {
    const run = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'warning'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        SIDKIT_CAMPAIGNS: join(scratch, 'campaigns'),
        SIDKIT_CACHE_DIR: join(scratch, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    const result = parseAstroCheckOutput(output);
    if (run.status === 0 || result.problems.length > 0) return result;
    const tail = output.trim().split('\n').slice(-8).join('\n        ');
    return {
      files: undefined,
      problems: [
        problem(TypeCheckFailed, {
          file: 'astro check',
          message: `it stopped with exit code ${run.status ?? run.signal}:\n        ${tail}`,
        }),
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
