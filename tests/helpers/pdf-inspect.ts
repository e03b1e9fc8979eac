/**
 * Reads what a PDF shows, through MuPDF compiled to WebAssembly (the `mupdf` npm package):
 * text, page count and size, metadata, embedded fonts, bookmarks, and pages rendered to PNG
 * for people to look at. Nothing is needed from the machine, unlike poppler's command-line
 * tools, which a fresh machine does not have.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as mupdf from 'mupdf';

type Source = string | Uint8Array;

/** Opens a PDF given as a path or as its bytes. */
function openPdf(source: Source): mupdf.PDFDocument {
  const bytes = typeof source === 'string' ? readFileSync(source) : source;
  const document = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!document) throw new Error('not a PDF');
  return document;
}

/** Every page of a document, in order. */
function pagesOf(document: mupdf.PDFDocument): mupdf.PDFPage[] {
  return Array.from({ length: document.countPages() }, (_, index) => document.loadPage(index));
}

/**
 * The text of a PDF, page after page, in reading order. MuPDF writes right-to-left runs in
 * logical order and keeps Arabic ligatures as their letters (poppler reversed lam-alef).
 */
export function pdfText(source: Source): string {
  const document = openPdf(source);
  return pagesOf(document)
    .map((page) => page.toStructuredText('preserve-whitespace').asText())
    .join('\f');
}

/** What the document says about itself and its pages. */
export interface PdfInfo {
  pages: number;
  /** The first page's size in PostScript points, rounded to a tenth. */
  pageSize: { width: number; height: number };
  title: string | undefined;
  language: string | null;
  /** Whether the catalogue marks the document as tagged (`/MarkInfo << /Marked true >>`). */
  tagged: boolean;
  creationDate: Date | undefined;
}

/** Turns a PDF date (`D:20270209000000Z` or with an offset such as `+01'00'`) into a Date. */
function pdfDate(value: string | undefined): Date | undefined {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '');
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
}

/** The page count, page size, title, language, tagging and creation date of a PDF. */
export function pdfInfo(source: Source): PdfInfo {
  const document = openPdf(source);
  const [x0, y0, x1, y1] = document.loadPage(0).getBounds();
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    pages: document.countPages(),
    pageSize: { width: round(x1 - x0), height: round(y1 - y0) },
    title: document.getMetaData(mupdf.Document.META_INFO_TITLE),
    language: document.getLanguage(),
    tagged: document.getTrailer().get('Root', 'MarkInfo', 'Marked').valueOf() === true,
    creationDate: pdfDate(document.getMetaData(mupdf.Document.META_INFO_CREATIONDATE)),
  };
}

/** A font that the PDF's pages use: its name without the subset prefix, and whether its program is embedded. */
export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts of a font dictionary, descending into a Type 0 font's descendant. */
function fontDescriptorOf(font: mupdf.PDFObject): mupdf.PDFObject {
  const descendant = font.get('DescendantFonts', 0);
  return (descendant.isNull() ? font : descendant).get('FontDescriptor');
}

/** Every font the pages' resources name, once each, sorted by name. */
export function pdfFonts(source: Source): PdfFont[] {
  const fonts = new Map<string, PdfFont>();
  for (const page of pagesOf(openPdf(source))) {
    page
      .getObject()
      .getInheritable('Resources')
      .get('Font')
      .forEach((font) => {
        const descriptor = fontDescriptorOf(font);
        const name = font
          .get('BaseFont')
          .asName()
          .replace(/^[A-Z]{6}\+/, '');
        const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => !descriptor.get(key).isNull());
        fonts.set(`${name} ${embedded}`, { name, embedded });
      });
  }
  return [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Titles of the PDF's bookmarks, depth first in document order. */
export function outlineTitles(source: Source): string[] {
  const walk = (items: readonly { title?: string; down?: unknown[] }[]): string[] =>
    items.flatMap((item) => [item.title ?? '', ...walk((item.down ?? []) as typeof items)]);
  return walk(openPdf(source).loadOutline() ?? []);
}

/** A page rendered to PNG: its size in pixels and the share of its pixels that are not white. */
export interface RenderedPage {
  width: number;
  height: number;
  ink: number;
}

/**
 * Renders one page (counted from 1) to a PNG file at the given resolution, so that people can
 * look at it, and measures how much of it is printed on.
 */
export function renderPage(source: Source, pageNumber: number, pngPath: string, dpi = 72): RenderedPage {
  const page = openPdf(source).loadPage(pageNumber - 1);
  const scale = dpi / 72;
  const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  mkdirSync(dirname(pngPath), { recursive: true });
  writeFileSync(pngPath, pixmap.asPNG());
  const pixels = pixmap.getPixels();
  let inked = 0;
  for (let i = 0; i < pixels.length; i += 3)
    if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 750) inked++;
  return { width: pixmap.getWidth(), height: pixmap.getHeight(), ink: inked / (pixels.length / 3) };
}

/** Each object of a PDF's object graph below `object` once, depth first: shared objects are not visited twice. */
function visitObjects(object: mupdf.PDFObject, visit: (dictionary: mupdf.PDFObject) => void, seen = new Set<number>()) {
  if (object.isIndirect()) {
    if (seen.has(object.asIndirect())) return;
    seen.add(object.asIndirect());
  }
  if (object.isArray())
    for (let index = 0; index < object.length; index++) visitObjects(object.get(index), visit, seen);
  if (object.isDictionary()) {
    visit(object);
    object.forEach((value) => visitObjects(value, visit, seen));
  }
}

/** The text alternative of every Figure in the PDF's structure tree (the tags screen readers read), in order. */
export function figureAlts(source: Source): string[] {
  const alts: string[] = [];
  const tree = openPdf(source).getTrailer().get('Root').get('StructTreeRoot');
  visitObjects(tree.get('K'), (element) => {
    const type = element.get('S');
    const alt = element.get('Alt');
    if (type.isName() && type.asName() === 'Figure' && alt.isString()) alts.push(alt.asString());
  });
  return alts;
}

/** The pixel size of every raster image the pages draw (each once; soft masks, an image's transparency, left out). */
export function rasterImages(source: Source): { width: number; height: number }[] {
  const document = openPdf(source);
  const masks = new Set<number>();
  const images: { id: number; width: number; height: number }[] = [];
  for (const page of pagesOf(document))
    visitObjects(page.getObject().get('Resources').get('XObject'), (object) => {
      const mask = object.get('SMask');
      if (mask.isIndirect()) masks.add(mask.asIndirect());
      const subtype = object.get('Subtype');
      if (subtype.isName() && subtype.asName() === 'Image' && object.isIndirect())
        images.push({
          id: object.asIndirect(),
          width: object.get('Width').asNumber(),
          height: object.get('Height').asNumber(),
        });
    });
  return images.filter((image) => !masks.has(image.id)).map(({ width, height }) => ({ width, height }));
}

/** The names of a PDF name tree node and its kids (`/Names [key value …]`, `/Kids […]`), depth first. */
function nameTreeKeys(node: mupdf.PDFObject): string[] {
  const keys: string[] = [];
  const names = node.get('Names');
  for (let i = 0; i < names.length; i += 2) keys.push(names.get(i).asString());
  node.get('Kids').forEach((kid) => keys.push(...nameTreeKeys(kid)));
  return keys;
}

/**
 * The PDF's named destinations (the catalogue's `/Names /Dests` tree), each with the page it
 * points at, counted from 1, as a viewer opening `….pdf#nameddest=<name>` resolves it.
 */
export function namedDestinations(source: Source): Map<string, number> {
  const document = openPdf(source);
  const tree = document.getTrailer().get('Root', 'Names', 'Dests');
  if (tree.isNull()) return new Map();
  return new Map(nameTreeKeys(tree).map((name) => [name, document.resolveLink(`#nameddest=${name}`) + 1]));
}

/** A line of text on a page and where it stands, in PostScript points from the page's top left, with its font size in points. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** The lines of text on one page (counted from 1), with their horizontal extent and type size, to check how text is laid out. */
export function pdfLines(source: Source, pageNumber: number): PdfLine[] {
  const page = openPdf(source).loadPage(pageNumber - 1);
  const json = JSON.parse(page.toStructuredText('preserve-whitespace').asJSON()) as {
    blocks: { lines?: { text: string; bbox: { x: number; y: number; w: number }; font: { size: number } }[] }[];
  };
  return json.blocks.flatMap((block) =>
    (block.lines ?? []).map(({ text, bbox, font }) => ({
      text,
      x0: bbox.x,
      x1: bbox.x + bbox.w,
      y: bbox.y,
      size: font.size,
    })),
  );
}

// Chinese lines break without spaces and long titles wrap, so texts are compared without whitespace.
const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
// MuPDF reads some of Typst's Arabic ligatures with their letters reordered or repeated
// (الإنترنت as اإلنرتنت, تبلّغون as تبّلّلغون), so an Arabic word counts as found when a word
// of the page has the same letters.
const letters = (word: string) => [...new Set(word.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, ''))].sort().join('');
const words = (text: string) => text.split(/\s+/).map(letters).filter(Boolean);

/** Whether a page's extracted text (one page of `pdfText`) shows a text, in any of the demo's scripts. */
export function pageShows(pageText: string, text: string): boolean {
  if (!/\p{Script=Arabic}/u.test(text)) return squeezed(pageText).includes(squeezed(text));
  const pageWords = new Set(words(pageText));
  return words(text).every((word) => pageWords.has(word));
}

/** The bounding box of a shape a page draws, in PostScript points from the page's top left. */
export interface DrawnShape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bounding box of a path in page coordinates, from its points. */
function pathBounds(path: mupdf.Path, ctm: mupdf.Matrix): DrawnShape {
  const [a, b, c, d, e, f] = ctm;
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number) => {
    xs.push(a * x + c * y + e);
    ys.push(b * x + d * y + f);
  };
  path.walk({ moveTo: add, lineTo: add, curveTo: (_x1, _y1, _x2, _y2, x3, y3) => add(x3, y3) });
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * The bounding box of every path one page (counted from 1) fills or strokes: ruled lines,
 * table rules, the frames of boxes. Typst draws a stroke as a filled outline, so both count.
 * Read from the drawing itself, so a test can tell how far down a page its lines reach and how
 * big its frames are.
 */
export function drawnShapes(source: Source, pageNumber: number): DrawnShape[] {
  const page = openPdf(source).loadPage(pageNumber - 1);
  const found: DrawnShape[] = [];
  const device = new mupdf.Device({
    fillPath: (path, _evenOdd, ctm) => found.push(pathBounds(path, ctm)),
    strokePath: (path, _stroke, ctm) => found.push(pathBounds(path, ctm)),
  });
  page.run(device, mupdf.Matrix.identity);
  device.close();
  return found;
}
