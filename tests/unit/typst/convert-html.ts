/** Converts an HTML fragment with the English sample labels, for converter tests. */
import { fromHtml } from 'hast-util-from-html';
import { hastToTypst } from '../../../src/lib/typst/hast-to-typst.ts';
import type { ConversionResult, ConvertOptions } from '../../../src/lib/typst/convert-context.ts';
import { SAMPLES } from '../pdf/fixtures/samples.ts';

export const IMAGES: Readonly<Record<string, string>> = { 'img/cat.png': '/images/cat.png' };

export function convert(html: string, options: Partial<ConvertOptions> = {}): ConversionResult {
  return hastToTypst(fromHtml(html, { fragment: true }), {
    labels: SAMPLES.en.componentLabels,
    resolveImage: (src) => IMAGES[src],
    baseUrl: 'https://example.org/en/toolkit/',
    ...options,
  });
}
