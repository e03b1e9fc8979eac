/**
 * The state shared by the HTML-to-Typst converter's parts: the caller's options and
 * what conversion collects on the way (problems, headings, endnotes, images).
 */
import type { Element, ElementContent } from 'hast';
import type { InlinePiece } from './inline.ts';
import type { ConversionProblem } from './problems.ts';
import type { CalloutKind } from '../components/callout.ts';
import { typstLabel } from './escape.ts';

/** Localized words the converter prints around components; the caller supplies them per language. */
export interface ComponentLabels {
  /** Heading of an activity's duration, e.g. "Time". */
  time: string;
  /** Duration template with `{n}`, e.g. "{n} minutes". */
  minutes: string;
  /** Heading of an activity's purpose, e.g. "Purpose". */
  purpose: string;
  /** Display names of `data-purpose` keys, e.g. `{ 'start-conversations': 'Start conversations' }`. */
  purposes: Readonly<Record<string, string>>;
  /** Heading of an activity's materials, e.g. "Materials". */
  materials: string;
  /** Title of a discussion box, e.g. "Talk about it". */
  discussion: string;
  /** Title of a vocabulary box, e.g. "Key words". */
  vocabulary: string;
  /** Title of a helpbox without its own `data-title`, e.g. "Where to get help". */
  helplines: string;
  /** Names of the callout kinds, e.g. `{ tip: 'Tip', warning: 'Warning', note: 'Note' }`. */
  callouts: Readonly<Record<CalloutKind, string>>;
  /** Fill-in fields at the top of a worksheet, e.g. `['Name', 'Date']`. */
  worksheetFields: readonly string[];
}

/** What the caller tells the converter. */
export interface ConvertOptions {
  labels: ComponentLabels;
  /** Maps an `<img>`'s `data-pdf-source`, or its `src` without one, to the virtual path the compiler will see (e.g. `/images/a.png`), or undefined if the image is unknown. */
  resolveImage: (src: string) => string | undefined;
  /** Absolute URL that relative link targets resolve against; without it, relative links are problems. */
  baseUrl?: string;
  /** The HTML heading level that becomes a top-level Typst heading; default 2, since the page's `<h1>` is the cover title. */
  topHeadingLevel?: number;
}

/** A heading as it will appear in the PDF's outline. */
export interface HeadingEntry {
  /** Typst heading level, 1 for the top level. */
  level: number;
  text: string;
}

/** One endnote, defined by a `<cite data-sidkit="cite">`. */
export interface Endnote {
  /** The note's number or key from `data-note`. */
  id: string;
  /** Typst markup of the note's text. */
  markup: string;
}

/** An image the document uses: the caller maps `path` into the compiler. */
export interface ImageUse {
  src: string;
  path: string;
}

/** The converter's result: markup plus everything the caller needs to finish the document. */
export interface ConversionResult {
  markup: string;
  /** Non-empty means the PDF would misrepresent the HTML: fail the build. */
  problems: ConversionProblem[];
  headings: HeadingEntry[];
  endnotes: Endnote[];
  images: ImageUse[];
}

/** State threaded through one conversion. */
export interface ConvertContext {
  readonly options: Required<Pick<ConvertOptions, 'topHeadingLevel'>> & ConvertOptions;
  readonly problems: ConversionProblem[];
  readonly headings: HeadingEntry[];
  readonly endnotes: Map<string, Endnote>;
  readonly images: ImageUse[];
  /** Every `<sup data-sidkit="noteref">`, checked against the endnotes once the whole tree is read. */
  readonly noteReferences: Array<{ id: string; element: Element }>;
  /** Ids that a `href="#id"` points at, each defined exactly once: they get Typst labels. */
  readonly linkTargets: ReadonlySet<string>;
  /** Ids a component already put on its title heading (see `titleDestination`), so they get no second label. */
  readonly labelledIds: Set<string>;
  /** Level of the last HTML heading, so component titles nest under it. */
  sectionLevel: number;
  /** Lowest level a heading may take here: inside a titled component, its headings sit below its title. */
  minHeadingLevel: number;
  /** Inside a block or box, where Typst forbids page breaks. */
  insideContainer: boolean;
  /** Inside a worksheet: table cells are left tall to write in, and answer boxes and drawing areas belong. */
  insideWorksheet: boolean;
  /** Converts flow content (blocks and loose inline content) to Typst markup. */
  readonly blocks: (nodes: readonly ElementContent[]) => string;
  /** Converts phrasing content to inline pieces. */
  readonly inline: (nodes: readonly ElementContent[]) => InlinePiece[];
}

/** Runs `body` with `insideContainer` set, restoring it after. */
export function inContainer<T>(ctx: ConvertContext, body: () => T): T {
  const outer = ctx.insideContainer;
  ctx.insideContainer = true;
  try {
    return body();
  } finally {
    ctx.insideContainer = outer;
  }
}

/**
 * Records a component's title heading at the level below the current section, then runs
 * `body` with headings kept below that title. Sibling components stay at the same level.
 */
export function withTitleHeading<T>(ctx: ConvertContext, title: string, body: (level: number) => T): T {
  const level = Math.min(Math.max(ctx.sectionLevel + 1, ctx.minHeadingLevel), 6);
  recordHeading(ctx, level, title);
  const [sectionLevel, minHeadingLevel] = [ctx.sectionLevel, ctx.minHeadingLevel];
  ctx.sectionLevel = level;
  ctx.minHeadingLevel = level + 1;
  try {
    return body(level);
  } finally {
    ctx.sectionLevel = sectionLevel;
    ctx.minHeadingLevel = minHeadingLevel;
  }
}

/**
 * The `dest:` argument labelling a component's title heading with the element's `id`, or
 * nothing when it has none: a labelled
 * heading is a PDF named destination (`….pdf#nameddest=activity-2`), where the site's deep
 * links open the pack. The id is recorded so the element gets no second, invisible label.
 */
export function titleDestination(element: Element, ctx: ConvertContext): string[] {
  const id = element.properties['id'];
  if (typeof id !== 'string' || id === '' || ctx.labelledIds.has(id)) return [];
  ctx.labelledIds.add(id);
  return [`dest: ${typstLabel(id)}`];
}

/** Records a heading for the outline. */
export function recordHeading(ctx: ConvertContext, level: number, text: string): void {
  ctx.headings.push({ level, text: text.replace(/\s+/g, ' ').trim() });
}

/** The element's `data-sidkit` component name, if any. */
export function componentName(element: Element): string | undefined {
  const value = element.properties['dataSidkit'];
  return typeof value === 'string' ? value : undefined;
}
