/**
 * Converts a toolkit page's rendered HTML (as a hast tree) into Typst markup for the PDF.
 *
 * Plain HTML supported: p, h1-h6, strong/b, em/i, a, ul/ol/li, dl/dt/dd, table (caption,
 * thead/tbody/tfoot, tr, th/td with colspan/rowspan; colgroup/col are ignored), img,
 * figure/figcaption, blockquote, pre, code, kbd, br, hr, sup, sub, small, mark, u/ins,
 * s/del, q, abbr, time, cite, span, div, section, article, main. `lang` and `dir` on any
 * of them set the text language and direction (mixed RTL/LTR text). An `id` that some
 * `href="#id"` points at becomes a Typst label, so internal links work in the PDF.
 * Headings shift so that `topHeadingLevel` (default h2) becomes Typst level 1; the page's
 * h1 belongs on the cover, not in the body.
 *
 * `pre`, `code` and `kbd` keep their exact text; markup inside them is flattened, and code
 * blocks print without syntax highlighting.
 *
 * Images: `<img src alt>`, also inside `<picture>` (whose `<source>`s are ignored). `alt` is
 * required (`alt=""` marks a decorative image); `data-pdf-source` (the original file), or
 * else `src`, goes through the caller's `resolveImage`. An image alone in its paragraph is a block
 * scaled to fit the text width; an image inside text is an icon one line high.
 *
 * Toolkit components: found by `data-sidkit`, each written on the element its registry
 * entry's `html` contract shows (src/lib/components/), and converted by that entry.
 *
 * Every label printed around components comes from `options.labels`. Anything the PDF
 * cannot show (an unknown element or component, a missing alt, a broken link) becomes a
 * problem with the element's name and position; comments and whitespace-only text are
 * ignored. The markup relies on the Typst definitions in `component-library.ts`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { typstLabel, typstString } from './escape.ts';
import { attribute, isElement, isInvisible, isWebOnly, textContent } from './hast-read.ts';
import { isBlankInline, serializeInline, type InlinePiece } from './inline.ts';
import { textArguments, typstLanguage, type HtmlDirection } from './language.ts';
import { problemAt } from './problems.ts';
import {
  componentName,
  inContainer,
  recordHeading,
  type ConversionResult,
  type ConvertContext,
  type ConvertOptions,
} from './convert-context.ts';
import { BLOCK_CONVERTERS, INLINE_CONVERTERS } from '../components/registry.ts';
import { convertDescriptionList, convertList } from './lists.ts';
import { convertTable } from './tables.ts';
import { blockImage, inlineImage } from './images.ts';

type BlockHandler = (element: Element, ctx: ConvertContext) => string;
type InlineHandler = (element: Element, ctx: ConvertContext) => InlinePiece[];

/** Wraps inline children in an opening and closing piece, e.g. `#strong[` ... `]`. */
function wrapInline(open: string): InlineHandler {
  return (element, ctx) => [
    { kind: 'open', source: open },
    ...ctx.inline(element.children),
    { kind: 'close', source: ']' },
  ];
}

const transparentInline: InlineHandler = (element, ctx) => ctx.inline(element.children);
/** Code keeps its exact text; markup inside it is flattened. */
const rawInline: InlineHandler = (element) => [{ kind: 'atom', source: `#raw(${typstString(textContent(element))})` }];
const transparentBlock: BlockHandler = (element, ctx) => ctx.blocks(element.children);

const INLINE_ELEMENTS: Readonly<Record<string, InlineHandler>> = {
  strong: wrapInline('#strong['),
  b: wrapInline('#strong['),
  em: wrapInline('#emph['),
  i: wrapInline('#emph['),
  cite: wrapInline('#emph['),
  sup: wrapInline('#super['),
  sub: wrapInline('#sub['),
  small: wrapInline('#text(size: 0.85em)['),
  mark: wrapInline('#highlight['),
  u: wrapInline('#underline['),
  ins: wrapInline('#underline['),
  s: wrapInline('#strike['),
  del: wrapInline('#strike['),
  q: wrapInline('#quote['),
  span: transparentInline,
  bdi: transparentInline,
  abbr: transparentInline,
  time: transparentInline,
  a: convertLink,
  code: rawInline,
  kbd: rawInline,
  br: () => [{ kind: 'break', source: '#linebreak()' }],
  img: inlineImage,
  picture: inlineImage,
};

const BLOCK_ELEMENTS: Readonly<Record<string, BlockHandler>> = {
  p: (element, ctx) => looseInline(element.children, ctx),
  h1: convertHeading,
  h2: convertHeading,
  h3: convertHeading,
  h4: convertHeading,
  h5: convertHeading,
  h6: convertHeading,
  ul: convertList,
  ol: convertList,
  dl: convertDescriptionList,
  table: convertTable,
  figure: convertFigure,
  blockquote: (element, ctx) => `#quote(block: true)[\n${inContainer(ctx, () => ctx.blocks(element.children))}\n]`,
  pre: convertPre,
  hr: () => '#line(length: 100%)',
  section: transparentBlock,
  div: transparentBlock,
  article: transparentBlock,
  main: transparentBlock,
};

/** Whether an element is laid out as a block, ending the paragraph before it. Unknown elements count as blocks, to be reported where they stand. */
function isBlock(element: Element): boolean {
  const component = componentName(element);
  return component === undefined
    ? !Object.hasOwn(INLINE_ELEMENTS, element.tagName)
    : !Object.hasOwn(INLINE_CONVERTERS, component);
}

function unsupported(element: Element, ctx: ConvertContext): void {
  const component = componentName(element);
  ctx.problems.push(
    problemAt(
      element,
      component === undefined
        ? `<${element.tagName}> is not supported in PDFs, so its content would be lost. Remove it from the toolkit content, or add support for it in src/lib/typst/hast-to-typst.ts.`
        : `Unknown toolkit component "${component}". Known components: ${[...Object.keys(BLOCK_CONVERTERS), ...Object.keys(INLINE_CONVERTERS)].join(', ')}.`,
    ),
  );
}

/** An invisible anchor for an element that internal links point at. */
function anchor(element: Element, ctx: ConvertContext): string {
  const id = attribute(element, 'id');
  return id !== undefined && ctx.linkTargets.has(id) && !ctx.labelledIds.has(id)
    ? `#metadata(none)#${typstLabel(id)}`
    : '';
}

/** The element's own `lang`/`dir` as `text()` arguments, or '' when it sets neither; a bad `lang` is a problem. */
function languageArguments(element: Element, ctx: ConvertContext): string {
  const lang = attribute(element, 'lang');
  const dir = attribute(element, 'dir');
  const language = lang === undefined || lang === '' ? undefined : typstLanguage(lang);
  if (lang && !language) ctx.problems.push(problemAt(element, `lang="${lang}" is not a valid BCP 47 language tag.`));
  if (dir !== undefined && !['ltr', 'rtl', 'auto'].includes(dir)) {
    ctx.problems.push(problemAt(element, `dir="${dir}" must be ltr, rtl or auto.`));
  }
  return textArguments(language, dir as HtmlDirection | undefined);
}

function convertBlock(element: Element, ctx: ConvertContext): string {
  const component = componentName(element);
  const handler = component === undefined ? BLOCK_ELEMENTS[element.tagName] : BLOCK_CONVERTERS[component];
  if (!handler) {
    unsupported(element, ctx);
    return '';
  }
  const markup = handler(element, ctx);
  const language = languageArguments(element, ctx);
  const styled = language === '' || markup === '' ? markup : `#[#set text(${language})\n${markup}\n]`;
  return anchor(element, ctx) + styled;
}

function convertInlineElement(element: Element, ctx: ConvertContext): InlinePiece[] {
  const component = componentName(element);
  const handler = component === undefined ? INLINE_ELEMENTS[element.tagName] : INLINE_CONVERTERS[component];
  if (!handler) {
    const knownBlock =
      component === undefined
        ? Object.hasOwn(BLOCK_ELEMENTS, element.tagName)
        : Object.hasOwn(BLOCK_CONVERTERS, component);
    if (knownBlock)
      ctx.problems.push(
        problemAt(
          element,
          `<${element.tagName}> is a block and cannot sit inside text, where the PDF cannot lay it out.`,
        ),
      );
    else unsupported(element, ctx);
    return [];
  }
  const pieces = handler(element, ctx);
  const language = languageArguments(element, ctx);
  const anchorSource = anchor(element, ctx);
  const styled: InlinePiece[] =
    language === ''
      ? pieces
      : [{ kind: 'open', source: `#text(${language})[` }, ...pieces, { kind: 'close', source: ']' }];
  return anchorSource === '' ? styled : [{ kind: 'open', source: anchorSource }, ...styled];
}

function convertInline(nodes: readonly ElementContent[], ctx: ConvertContext): InlinePiece[] {
  return nodes.flatMap((node): InlinePiece[] => {
    if (node.type === 'text') return [{ kind: 'text', value: node.value }];
    if (node.type === 'element') return isWebOnly(node) ? [] : convertInlineElement(node, ctx);
    return [];
  });
}

/** A paragraph of inline pieces, or nothing when they would render blank. */
function paragraph(pieces: InlinePiece[]): string {
  return isBlankInline(pieces) ? '' : serializeInline(pieces);
}

/** Loose inline content between blocks: a paragraph, or a block image when it is a lone `<img>`. */
function looseInline(nodes: ElementContent[], ctx: ConvertContext): string {
  const visible = nodes.filter((node) => !isInvisible(node));
  const [only] = visible;
  if (visible.length === 1 && only && isElement(only, 'img', 'picture') && componentName(only) === undefined) {
    return anchor(only, ctx) + blockImage(only, ctx);
  }
  return paragraph(convertInline(nodes, ctx));
}

function convertBlocks(nodes: readonly ElementContent[], ctx: ConvertContext): string {
  const parts: string[] = [];
  let run: ElementContent[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(looseInline(run, ctx));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && isWebOnly(node)) continue;
    if (node.type === 'element' && isBlock(node)) {
      endRun();
      parts.push(convertBlock(node, ctx));
    } else {
      run.push(node);
    }
  }
  endRun();
  return parts.filter((part) => part !== '').join('\n\n');
}

function convertHeading(element: Element, ctx: ConvertContext): string {
  const htmlLevel = Number(element.tagName.slice(1));
  const top = ctx.options.topHeadingLevel;
  if (htmlLevel < top) {
    ctx.problems.push(
      problemAt(
        element,
        `<${element.tagName}> is above the top heading level h${top}: the page title belongs on the cover, so pass only the content below it.`,
      ),
    );
    return '';
  }
  const level = Math.max(htmlLevel - top + 1, ctx.minHeadingLevel);
  recordHeading(ctx, level, textContent(element));
  ctx.sectionLevel = level;
  return `#heading(level: ${level})[${serializeInline(ctx.inline(element.children))}]`;
}

function convertLink(element: Element, ctx: ConvertContext): InlinePiece[] {
  const href = attribute(element, 'href');
  const children = ctx.inline(element.children);
  if (href === undefined) return children;
  const target = linkTarget(href, element, ctx);
  if (target === undefined) return children;
  const link: InlinePiece[] = [
    { kind: 'open', source: `#link(${target})[` },
    ...children,
    { kind: 'close', source: ']' },
  ];
  return href.startsWith('tel:') ? unbreakableNumber(link) : link;
}

/** A phone number as one unbreakable, left-to-right run, so it never splits across lines nor reorders in right-to-left text. */
function unbreakableNumber(pieces: InlinePiece[]): InlinePiece[] {
  return [{ kind: 'open', source: '#box(text(dir: ltr)[' }, ...pieces, { kind: 'close', source: '])' }];
}

/** The Typst link destination for an `href`, or undefined (with a problem) when the PDF cannot link there. */
function linkTarget(href: string, element: Element, ctx: ConvertContext): string | undefined {
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    if (ctx.linkTargets.has(id)) return typstLabel(id);
    ctx.problems.push(problemAt(element, `Links to #${id}, which is not exactly one element's id in this page.`));
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(href, ctx.options.baseUrl);
  } catch {
    ctx.problems.push(
      problemAt(
        element,
        ctx.options.baseUrl
          ? `href="${href}" is not a valid URL.`
          : `href="${href}" is relative, and no baseUrl was given to make it absolute for the PDF.`,
      ),
    );
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) {
    ctx.problems.push(
      problemAt(element, `href="${href}" uses ${url.protocol}, which a printed toolkit cannot link to.`),
    );
    return undefined;
  }
  return typstString(url.href);
}

/**
 * A code block, its exact text without syntax highlighting: Typst's highlighter never returns
 * on some unfinished code (JavaScript `x /* y`, found by tests/unit/fuzz/), which would hang the build.
 */
function convertPre(element: Element): string {
  return `#raw(block: true, ${typstString(textContent(element).replace(/\n$/, ''))})`;
}

function convertFigure(element: Element, ctx: ConvertContext): string {
  const caption = element.children.find((child): child is Element => isElement(child, 'figcaption'));
  const body = element.children.filter((child) => child !== caption);
  return inContainer(ctx, () => {
    const captionArgument = caption ? `caption: [${ctx.blocks(caption.children)}], ` : '';
    return `#figure(numbering: none, ${captionArgument}[\n${ctx.blocks(body)}\n])`;
  });
}

/** Ids that internal links point at and that occur exactly once, so they can become labels. */
function collectLinkTargets(root: Root): Set<string> {
  const idCounts = new Map<string, number>();
  const linked = new Set<string>();
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const id = attribute(node, 'id');
      if (id) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
      const href = node.tagName === 'a' ? attribute(node, 'href') : undefined;
      if (href?.startsWith('#') && href.length > 1) linked.add(decodeURIComponent(href.slice(1)));
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return new Set([...linked].filter((id) => idCounts.get(id) === 1));
}

/** Every note reference must point at a note some cite defines. */
function checkNoteReferences(ctx: ConvertContext): void {
  for (const { id, element } of ctx.noteReferences) {
    if (!ctx.endnotes.has(id)) {
      ctx.problems.push(
        problemAt(element, `Refers to note ${id}, but no <cite data-sidkit="cite" data-note="${id}"> defines it.`),
      );
    }
  }
}

/** Converts a toolkit page's content to Typst markup, collecting every problem instead of dropping content. */
export function hastToTypst(tree: Root, options: ConvertOptions): ConversionResult {
  const ctx: ConvertContext = {
    options: { topHeadingLevel: 2, ...options },
    problems: [],
    headings: [],
    endnotes: new Map(),
    images: [],
    noteReferences: [],
    linkTargets: collectLinkTargets(tree),
    labelledIds: new Set(),
    sectionLevel: 0,
    minHeadingLevel: 1,
    insideContainer: false,
    insideWorksheet: false,
    blocks: (nodes) => convertBlocks(nodes, ctx),
    inline: (nodes) => convertInline(nodes, ctx),
  };
  const content = tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
  const markup = convertBlocks(content, ctx);
  checkNoteReferences(ctx);
  return {
    markup,
    problems: ctx.problems,
    headings: ctx.headings,
    endnotes: [...ctx.endnotes.values()],
    images: ctx.images,
  };
}
