/** The integration that indexes the built site for search (./index-for-search.ts). */
import { finishingStep } from './finishing-step.ts';

/** Runs after every other step that writes HTML, the PDF sizes included; Pagefind is loaded only then. */
export const searchIndex = () =>
  finishingStep('sidkit:search-index', async () => (await import('./index-for-search.ts')).indexForSearch);
