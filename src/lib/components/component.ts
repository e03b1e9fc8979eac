/**
 * What a component of campaign content is, in one place: the MDX element organisers write,
 * where it may be used, its attributes, the HTML its Astro template renders (the contract the
 * PDF converter reads), how the PDF prints it, the Typst functions that printing calls, and
 * the UI strings it shows. The registry (./registry.ts) lists every component; the MDX
 * component map, the content check and the HTML-to-Typst converter are derived from it.
 */
import type { BlockConverter, InlineConverter } from '../typst/component-helpers.ts';

/** One attribute of a component: its kind of value and whether it must be given. */
export interface AttributeRule {
  /**
   * `flag`: written alone, without a value, e.g. `<Figure decorative />`. `url`: an address or
   * path, which the link check requires to be safe (src/lib/safe-url.ts), e.g. `<Figure src>`.
   */
  type: 'text' | 'url' | 'number' | 'enum' | 'flag';
  required?: boolean;
  values?: readonly string[];
  /** True when an empty text is a value of its own, such as the `alt=""` of a decorative picture. */
  allowEmpty?: boolean;
  /** For a number: true when only whole numbers make sense, such as a count of writing lines. */
  whole?: boolean;
  /** For a number: the largest value that makes sense, such as the lines a page can hold. */
  max?: number;
  /** For a number: words it also takes in place of a number, such as `lines="fill"`. */
  words?: readonly string[];
}

/** The attributes a component takes, by name. */
export type ComponentSpec = Readonly<Record<string, AttributeRule>>;

/** The kinds of content file a component may be used in: campaign pages, and toolkits (printed to PDF). */
export type ComponentUse = 'page' | 'toolkit';

/** How the PDF prints one `data-sidkit` element of a component's HTML. */
export type PdfPart =
  | { key: string; placement: 'block'; convert: BlockConverter }
  | { key: string; placement: 'inline'; convert: InlineConverter };

/** One component of campaign content. */
export interface ComponentDefinition {
  /** The MDX name, which is also its template's file name, e.g. `Callout` for Callout.astro. */
  name: string;
  usedIn: readonly ComponentUse[];
  attributes: ComponentSpec;
  /** True when its content keeps a source's own words, which wording checks such as the terminology check skip. */
  verbatim?: boolean;
  /** True when it shows a picture of the campaign named by its `src`, which the picture check follows. */
  picture?: boolean;
  /** The component it may only be written inside, such as `Worksheet` for the answer boxes of a worksheet. */
  insideOf?: string;
  /** The HTML its template renders, as the PDF converter expects it: the contract between the two. */
  html: string;
  /** The `data-sidkit` elements the PDF converter turns into Typst; none for web-only components. */
  pdf: readonly PdfPart[];
  /** Typst definitions of the `sidkit-*` functions its converter calls; they may use the brand colours. */
  typst?: string;
  /** The UI dictionary keys it prints, on the web or in the PDF; a `*` stands for each value of an attribute. */
  strings: readonly string[];
}

/** Declares a component; a function so that each definition is checked against the type where it is written. */
export function defineComponent(definition: ComponentDefinition): ComponentDefinition {
  return definition;
}
