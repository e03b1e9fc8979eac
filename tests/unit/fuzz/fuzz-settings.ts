/**
 * How many cases the property-based tests run, and from which seed. The seed is fixed so that
 * CI runs the same cases every time; FUZZ_SEED and FUZZ_RUNS explore further
 * (`FUZZ_SEED=7 FUZZ_RUNS=2000 npx vitest run --config tests/vitest.config.ts tests/unit/fuzz/`).
 * A failure prints its seed and path, so the shrunk case can be replayed and kept as a unit test.
 */
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20270209;

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) throw new Error(`${name}=${value} must be a whole number`);
  return number;
}

/** The seed every property of a run starts from. */
export const FUZZ_SEED = numberFromEnv('FUZZ_SEED') ?? DEFAULT_SEED;

/** `fc.assert` parameters for a property that runs `defaultRuns` cases unless FUZZ_RUNS says otherwise. */
export function fuzzParameters<T>(defaultRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: numberFromEnv('FUZZ_RUNS') ?? defaultRuns };
}
