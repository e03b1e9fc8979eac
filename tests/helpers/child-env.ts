/**
 * The environment for a child process that a test starts. Vitest copies Vite's
 * `import.meta.env` values (BASE_URL, MODE, DEV, PROD, SSR) into `process.env`; a child
 * `astro build` would read them back as its own and, for one, ignore SIDKIT_BASE.
 */

const VITE_ENV_KEYS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/** `process.env` without the values Vitest injects. */
export function childProcessEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV_KEYS.includes(key)));
}
