import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { PLATFORM_LIMITS, PLATFORM_NAMES } from '../../../src/lib/kit/kit-schema.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../../campaigns/README.md'), 'utf8');

test("campaigns/README.md's table of networks gives every network's name, code and limit as the check uses them", () => {
  const rows = [...readme.matchAll(/^\| ([^|`]+?) +\| `(\w+)` +\| (\d+) +\|/gm)].map(([, name, code, limit]) => [
    code,
    { name, limit: Number(limit) },
  ]);
  expect(Object.fromEntries(rows)).toEqual(
    Object.fromEntries(
      Object.entries(PLATFORM_LIMITS).map(([code, limit]) => [
        code,
        { name: PLATFORM_NAMES[code as keyof typeof PLATFORM_LIMITS], limit },
      ]),
    ),
  );
});
