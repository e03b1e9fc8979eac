/**
 * The contract project: the components' real Astro templates rendered through Astro's
 * container API, with the project's own Vite configuration, so that the HTML the PDF converter
 * is tested on is the HTML the site renders.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { name: 'contract', environment: 'node', include: ['tests/contract/**/*.test.ts'] } },
  { logLevel: 'error' },
);
