/**
 * Where a picture written in a page points: a file of the campaign, given relative to the
 * page (`../images/classroom.jpg`), or something a page cannot show. A built page must load
 * nothing from another site, and Astro optimises only files it can import, so remote and
 * absolute addresses and paths that leave the campaign folder are refused.
 */
import { posix } from 'node:path';

/** The file types Astro's image service turns into AVIF and WebP (an SVG is rasterised), and the PDF step prints. */
export const PICTURE_EXTENSIONS: readonly string[] = ['avif', 'jpeg', 'jpg', 'png', 'svg', 'webp'];

/** A picture's source, resolved: the file in the campaign folder, or why it cannot be one. */
export type PictureSource =
  | { ok: true; pathInCampaign: string }
  | { ok: false; reason: 'remote' | 'absolute' | 'outside' | 'format'; message: string };

/** The source `src`, written in the MDX file at `mdxPath` (relative to the campaign folder), resolved. */
export function resolvePictureSource(src: string, mdxPath: string): PictureSource {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
    return { ok: false, reason: 'remote', message: `${src} is not a file of the campaign but an address` };
  if (src.startsWith('/'))
    return { ok: false, reason: 'absolute', message: `${src} starts with "/", so it is not relative to the page` };
  const pathInCampaign = posix.normalize(posix.join(posix.dirname(mdxPath), safeDecode(src)));
  if (pathInCampaign === '..' || pathInCampaign.startsWith('../'))
    return { ok: false, reason: 'outside', message: `${src} leaves the campaign folder` };
  const extension = posix.extname(pathInCampaign).slice(1).toLowerCase();
  if (/[?#]/.test(src) || !PICTURE_EXTENSIONS.includes(extension))
    return { ok: false, reason: 'format', message: `${src} is not a picture file sidkit can optimise` };
  return { ok: true, pathInCampaign };
}

// Astro decodes a Markdown picture's URL before importing it (`my%20photo.jpg` is `my photo.jpg`).
function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
