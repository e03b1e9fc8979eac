/**
 * The pictures of a toolkit's PDF, printed from the original files rather than the copies
 * sized for screens: each `<img>` of a toolkit page names its original (`data-pdf-source`,
 * relative to the campaigns folder, see ./pdf-source.ts); an SVG, which the site serves as it
 * is, is read from the built site. Typst reads PNG, JPEG, GIF and SVG; WebP and AVIF are
 * converted to lossless PNG with sharp, keeping every pixel.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** The formats Typst's `image()` reads as they are, by file extension. */
const TYPST_FORMATS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg']);

/** A picture ready for the compiler: the path the Typst source uses and the bytes mapped there. */
export interface PdfPicture {
  path: string;
  bytes: Uint8Array;
}

/** Where the build keeps the files pictures are read from. */
export interface PictureFolders {
  /** The campaigns folder, which `data-pdf-source` is relative to. */
  campaignsDir: string;
  /** The built site, and the base path its addresses start with. */
  root: string;
  base: string;
}

/** One picture of a page: the key the converter resolves (`data-pdf-source`, or `src` for an SVG) and its file. */
interface PictureFile {
  key: string;
  /** The file relative to `folder`, which is also where the compiler sees it, below /pictures/. */
  file: string;
  folder: 'campaigns' | 'site';
}

function extension(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1).toLowerCase();
}

/** The picture an `<img>` shows, or undefined for one with neither an original nor a served SVG of this site. */
function pictureFile(image: Element, base: string): PictureFile | undefined {
  const source = image.properties.dataPdfSource;
  if (typeof source === 'string') return { key: source, file: source, folder: 'campaigns' };
  const src = image.properties.src;
  const prefix = `${base.replace(/\/$/, '')}/_astro/`;
  if (typeof src !== 'string' || !src.startsWith(prefix) || extension(src) !== 'svg') return undefined;
  return { key: src, file: src.slice(prefix.length - '_astro/'.length), folder: 'site' };
}

/** Every picture the `<img>`s below `tree` show, each once, in page order. */
export function pagePictures(tree: Root | Element, base: string): PictureFile[] {
  const pictures = new Map<string, PictureFile>();
  for (const image of selectAll('img', tree)) {
    const picture = pictureFile(image, base);
    if (picture && !pictures.has(picture.key)) pictures.set(picture.key, picture);
  }
  return [...pictures.values()];
}

/** `picture` as Typst can read it: as it is, or converted to PNG. */
async function loadPdfPicture(picture: PictureFile, folders: PictureFolders): Promise<PdfPicture> {
  const bytes = await readFile(join(picture.folder === 'site' ? folders.root : folders.campaignsDir, picture.file));
  const path = `/pictures/${picture.folder}/${picture.file}`;
  if (TYPST_FORMATS.has(extension(picture.file))) return { path, bytes };
  return { path: `${path}.png`, bytes: await sharp(bytes).png().toBuffer() };
}

/** Loads pictures for a whole build, each file once however many toolkits print it. */
export class PdfPictureCache {
  readonly #loaded = new Map<string, Promise<PdfPicture>>();
  readonly #folders: PictureFolders;

  constructor(folders: PictureFolders) {
    this.#folders = folders;
  }

  /** The pictures of `page`, by the key the converter resolves (`data-pdf-source`, or an SVG's `src`). */
  async forPage(page: Root): Promise<Map<string, PdfPicture>> {
    const pictures = pagePictures(page, this.#folders.base).map((picture) => {
      const id = `${picture.folder}/${picture.file}`;
      const loaded = this.#loaded.get(id) ?? loadPdfPicture(picture, this.#folders);
      this.#loaded.set(id, loaded);
      return loaded.then((loadedPicture) => [picture.key, loadedPicture] as const);
    });
    return new Map(await Promise.all(pictures));
  }
}
