/** Small statistics for benchmark results: medians, spreads and straight-line fits. */

/** The median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** A quantile by linear interpolation between closest ranks (NaN for an empty list). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

/** Median, minimum, maximum and interquartile range of repeated measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
  runs: number;
}

/** Summarises repeated measurements; undefined when there are none. */
export function summarise(values: readonly number[]): Summary | undefined {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return undefined;
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    q1: quantile(finite, 0.25),
    q3: quantile(finite, 0.75),
    runs: finite.length,
  };
}

/** y = intercept + slope * x, with the coefficient of determination. */
export interface LinearFit {
  intercept: number;
  slope: number;
  r2: number;
  points: number;
}

/** Ordinary least squares over (x, y) points; undefined with fewer than two distinct x. */
export function linearFit(points: readonly (readonly [number, number])[]): LinearFit | undefined {
  const n = points.length;
  if (new Set(points.map(([x]) => x)).size < 2) return undefined;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2, points: n };
}
