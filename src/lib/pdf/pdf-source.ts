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
export function pdfSourceOf(image: object, campaignsDir: string = buildSettings().campaignsDir): string | undefined {
  // Astro's ImageMetadata carries the file's path at build time without declaring it in its type.
  const fsPath: unknown = (image as { fsPath?: unknown }).fsPath;
  if (typeof fsPath !== 'string' || fsPath === '') return undefined;
  const path = relative(campaignsDir, fsPath);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}
