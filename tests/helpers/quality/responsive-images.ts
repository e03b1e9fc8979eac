/**
 * Which file of a responsive picture a browser downloads: for each `<img>`, the first
 * `<source>` of its `<picture>` whose type and media fit (else the `<img>` itself), then the
 * candidate of that `srcset` a screen of the given width and pixel density picks for the slot
 * `sizes` gives. The page-weight gate counts that file, not every width on offer.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';

/** The screen a page is measured on: its width in CSS pixels and its device pixels per CSS pixel. */
export interface Screen {
  width: number;
  density: number;
}

/** A 390 px wide phone with a 3x screen, the most common phone width, whose density makes it pick large files. */
export const PHONE: Screen = { width: 390, density: 3 };

/** What a screen downloads of a page's pictures: the chosen file of each, and the other candidates it leaves. */
export interface ImageChoice {
  loaded: Set<string>;
  notLoaded: Set<string>;
}

// Types a current browser decodes; a <source> of any other type is skipped.
const DECODED_TYPES = new Set(['image/avif', 'image/webp', 'image/png', 'image/jpeg', 'image/gif', 'image/svg+xml']);
const ROOT_FONT_PX = 16;

function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/** A CSS length of a `sizes` value in px: px, rem, em, vw and calc() of them with + and -. */
export function cssLength(value: string, screen: Screen): number {
  const trimmed = value.trim();
  const calc = /^calc\((.*)\)$/.exec(trimmed);
  if (calc) {
    const terms = calc[1]!.split(/\s+([+-])\s+/);
    let total = cssLength(terms[0]!, screen);
    for (let index = 1; index < terms.length; index += 2)
      total += (terms[index] === '-' ? -1 : 1) * cssLength(terms[index + 1]!, screen);
    return total;
  }
  const unit = /^(-?\d*\.?\d+)(px|rem|em|vw)$/.exec(trimmed);
  if (!unit) throw new Error(`cannot evaluate the length "${value}"`);
  const number = Number(unit[1]);
  return unit[2] === 'vw' ? (number * screen.width) / 100 : unit[2] === 'px' ? number : number * ROOT_FONT_PX;
}

/** Whether a media condition of `(min-width: …)` / `(max-width: …)` joined by `and` holds on the screen. */
export function mediaMatches(condition: string, screen: Screen): boolean {
  return condition.split(/\s+and\s+/).every((part) => {
    const feature = /^\(\s*(min|max)-width:\s*([^)]+)\)$/.exec(part.trim());
    if (!feature) throw new Error(`cannot evaluate the media condition "${condition}"`);
    const limit = cssLength(feature[2]!, screen);
    return feature[1] === 'min' ? screen.width >= limit : screen.width <= limit;
  });
}

/** The slot width in CSS px that `sizes` gives on the screen; the whole width when there is none. */
export function slotWidth(sizes: string, screen: Screen): number {
  if (!sizes.trim()) return screen.width;
  for (const entry of sizes.split(',')) {
    const match = /^\s*(\(.*\))\s+(\S.*)$/.exec(entry);
    if (!match) return cssLength(entry, screen);
    if (mediaMatches(match[1]!, screen)) return cssLength(match[2]!, screen);
  }
  return screen.width;
}

/** The URL a screen picks from a srcset (with the fallback src): the smallest density that covers its own, else the largest. */
export function pickCandidate(srcset: string, src: string, sizes: string, screen: Screen): string | undefined {
  const parsed = srcset
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url);
  const slot = slotWidth(sizes, screen);
  const candidates = parsed.map(([url, descriptor = '1x']) => ({
    url: url!,
    density: descriptor.endsWith('w') ? Number.parseFloat(descriptor) / slot : Number.parseFloat(descriptor),
  }));
  if (src && !parsed.some(([, descriptor]) => descriptor?.endsWith('w') || descriptor === '1x'))
    candidates.push({ url: src, density: 1 });
  const sorted = candidates.sort((a, b) => a.density - b.density);
  return (sorted.find((candidate) => candidate.density >= screen.density) ?? sorted.at(-1))?.url;
}

function sourceFits(source: Element, screen: Screen): boolean {
  const type = text(source.properties.type);
  const media = text(source.properties.media);
  return (type === '' || DECODED_TYPES.has(type)) && (media === '' || mediaMatches(media, screen));
}

/** Every URL an `<img>` or `<source>` offers, and the one the screen picks from it. */
function offered(element: Element, screen: Screen): { urls: string[]; picked: string | undefined } {
  const srcset = text(element.properties.srcSet);
  const src = text(element.properties.src);
  const urls = [src, ...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')].filter(Boolean);
  return { urls, picked: pickCandidate(srcset, src, text(element.properties.sizes), screen) };
}

/** The pictures of an HTML page as the screen downloads them. */
export function imageChoice(html: string, screen: Screen = PHONE): ImageChoice {
  const choice: ImageChoice = { loaded: new Set(), notLoaded: new Set() };
  const tree = fromHtml(html);
  // Each image with the elements it chooses among: a <picture>'s sources then its <img>, or an <img> alone.
  const inPictures = selectAll('picture', tree).map((picture) => selectAll(':scope > source, :scope > img', picture));
  const pictured = new Set(inPictures.flat());
  const alone = selectAll('img', tree)
    .filter((image) => !pictured.has(image))
    .map((image) => [image]);
  for (const elements of [...inPictures, ...alone]) {
    const chosen = elements.find((element) => element.tagName === 'img' || sourceFits(element, screen));
    for (const element of elements) {
      const { urls, picked } = offered(element, screen);
      for (const url of urls) choice.notLoaded.add(url);
      if (element === chosen && picked) choice.loaded.add(picked);
    }
  }
  for (const url of choice.loaded) choice.notLoaded.delete(url);
  return choice;
}
