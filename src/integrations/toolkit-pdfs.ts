/** The integration that prints the toolkits to PDF once the pages are written (./print-toolkit-pdfs.ts). */
import { finishingStep } from './finishing-step.ts';

/** Runs after the pages are written; Typst is loaded only then. */
export const toolkitPdfs = () =>
  finishingStep('sidkit:toolkit-pdfs', async () => (await import('./print-toolkit-pdfs.ts')).printToolkitPdfs);
