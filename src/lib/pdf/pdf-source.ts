/**
 * Which file a toolkit's picture is, for its PDF: ToolkitPicture.astro writes it on the
 * `<img>` as `data-pdf-source`, and the PDF step (./pdf-pictures.ts) prints that original
 * rather than the copy sized for screens. Apart from the PDF step so that pages need no sharp.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { buildSettings } from '../build/settings.ts';

/**
 * The `data-pdf-source` of an imported picture: its file relative to `campaignsDir`, in `/`
 * form so that the page is the same on every machine; undefined for a file outside it.
 */
export function pdfSourceOf(
  image: { readonly fsPath?: string | undefined },
  campaignsDir: string = buildSettings().campaignsDir,
): string | undefined {
  if (!image.fsPath) return undefined;
  const path = relative(campaignsDir, image.fsPath);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}
