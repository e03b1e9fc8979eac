/**
 * What the build steps log through: Astro's integration logger inside `astro build`, or an
 * equivalent console logger when `npm run build` finishes a sliced build itself.
 */
import type { AstroIntegrationLogger } from 'astro';

/** The part of Astro's integration logger that sidkit's build steps use. */
export type BuildLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error' | 'debug'>;
