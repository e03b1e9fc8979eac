/**
 * What every reported problem must be, whatever the input: a kind from the catalogue, at a
 * file, with a message and a hint in words, and no stack trace or internal error text in them.
 */
import { expect } from 'vitest';
import * as catalogue from '../../../src/lib/errors/catalogue.ts';
import type { Problem } from '../../../src/lib/errors/problem.ts';

const KINDS: ReadonlySet<string> = new Set(Object.values(catalogue).map((kind) => kind.name));

/** Fails unless `problem` is a complete catalogued report. */
export function expectCatalogued(problem: Problem): void {
  expect(KINDS.has(problem.name), `${problem.name} is a catalogued kind`).toBe(true);
  for (const field of ['file', 'message', 'hint', 'title'] as const) {
    expect(typeof problem[field] === 'string' && problem[field].trim() !== '', `${field} of ${problem.name}`).toBe(
      true,
    );
  }
  if (problem.line !== undefined) expect(Number.isInteger(problem.line) && problem.line > 0).toBe(true);
  for (const text of [problem.message, problem.hint, problem.expected ?? '']) {
    expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined is not|Cannot read propert/);
  }
}
