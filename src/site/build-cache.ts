/**
 * Caching for the length of a build: in production each result is worked out once per key
 * and shared by every page; in dev, where content changes between requests, it is worked
 * out afresh on every call.
 */

/** `compute`, remembered per `keyOf` its arguments in production builds, fresh on every call in dev. */
export function cachedInBuild<A extends unknown[], T>(
  compute: (...args: A) => T,
  keyOf: (...args: A) => string,
): (...args: A) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    if (!import.meta.env.PROD) return compute(...args);
    const key = keyOf(...args);
    if (!cache.has(key)) cache.set(key, compute(...args));
    return cache.get(key) as T;
  };
}
