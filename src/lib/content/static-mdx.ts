/**
 * Content-only MDX rendered once, while content syncs, instead of bundled as one JavaScript
 * module per page. Campaign MDX is Markdown plus registered components with literal
 * attributes (./check-code.ts), so its HTML is fixed except where a component renders: the
 * page is kept as runs of finished HTML and the components between them, with their
 * attributes and children, for the page template to render (src/components/StaticMdx.astro).
 *
 * The tree comes from Sätteri with the options Astro's MDX integration passes it (GFM, smart
 * punctuation), headings get the same ids (github-slugger over their text) and numbered
 * components the same anchors (./component-anchors.ts), so a page reads as it did through the
 * bundler. A file this cannot represent returns undefined and stays on the module path: one
 * with code (imports, exports, expressions: `trustedCode` campaigns), a code block (which
 * Astro highlights at bundle time) or a picture (which Astro's image pipeline imports then).
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { PICTURE_COMPONENTS } from '../components/registry.ts';
import { isLiteral, isOnlyComments } from './check-code.ts';
import { ANCHORED_COMPONENTS, componentAnchor } from './component-anchors.ts';

/** A literal attribute value, as the component receives it. */
export type StaticProp = string | number | boolean;

/** Finished HTML, or a component to render there with its attributes and content. */
export type StaticChunk = string | StaticComponent;

/** A component of the page, by its registered name. */
export interface StaticComponent {
  name: string;
  props: Record<string, StaticProp>;
  children: StaticChunk[];
}

/** A heading of the page, as Astro's `render()` reports it. */
export interface StaticHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A rendered page: its content and its headings. */
export interface StaticMdx {
  chunks: StaticChunk[];
  headings: StaticHeading[];
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}

type Node = RootContent | ElementContent | MdxNode;

/** Thrown inside the walk when the file needs the module path; never leaves this module. */
class NeedsModule extends Error {}

/** The value of a JavaScript literal that check-code.ts accepts: a number, true or false, or a quoted string. */
function literalValue(source: string): StaticProp {
  const text = source.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  if (!text.startsWith('"') && !text.startsWith("'")) return Number(text);
  const json = text.startsWith('"') ? text : `"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`;
  try {
    return JSON.parse(json) as string;
  } catch {
    // An escape JSON does not have (`\x41`): the compiler reads it.
    throw new NeedsModule();
  }
}

function componentProps(node: MdxNode): Record<string, StaticProp> {
  const props: Record<string, StaticProp> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new NeedsModule();
    const { value } = attribute;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else if (isLiteral(value.value)) props[attribute.name] = literalValue(value.value);
    else throw new NeedsModule();
  }
  return props;
}

/** Text of a node and everything below it, as the heading-id step reads it. */
function textOf(node: Node): string {
  if (node.type === 'text') return (node as { value: string }).value;
  return 'children' in node && node.children ? (node.children as Node[]).map(textOf).join('') : '';
}

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

// Whether `node` or anything below it passes `test`.
function anyInTree(node: Node, test: (node: Node) => boolean): boolean {
  if (test(node)) return true;
  return (
    'children' in node &&
    Array.isArray(node.children) &&
    (node.children as Node[]).some((child) => anyInTree(child, test))
  );
}

// MDX (a component, an expression) cannot be finished HTML as it is.
const isMdx = (node: Node) => node.type.startsWith('mdx');
// A picture or a code block needs the module path.
const needsModule = (node: Node) => isElement(node) && (node.tagName === 'img' || node.tagName === 'pre');

/** Gives every heading its id, in document order, and lists them. */
function nameHeadings(root: Root): StaticHeading[] {
  const slugger = new Slugger();
  const headings: StaticHeading[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && /^h[1-6]$/.test(node.tagName)) {
      const text = textOf(node);
      const existing = node.properties.id;
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      node.properties.id = slug;
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) visit(child);
  };
  for (const child of root.children) visit(child);
  return headings;
}

/** Appends `html` to the chunks, joining it to finished HTML before it. */
function pushHtml(chunks: StaticChunk[], html: string): void {
  const last = chunks.at(-1);
  if (typeof last === 'string') chunks[chunks.length - 1] = last + html;
  else if (html) chunks.push(html);
}

/** The walk over one page: its numbered components so far. */
interface Walk {
  anchors: Map<string, number>;
}

function chunksOf(nodes: readonly Node[], walk: Walk): StaticChunk[] {
  const chunks: StaticChunk[] = [];
  for (const node of nodes) appendNode(chunks, node, walk);
  return chunks;
}

// A component's attributes, with the anchor of a numbered one (which replaces any id an author wrote).
function anchoredProps(name: string, node: MdxNode, walk: Walk): Record<string, StaticProp> {
  const props = componentProps(node);
  if (!Object.hasOwn(ANCHORED_COMPONENTS, name)) return props;
  const index = walk.anchors.get(name) ?? 0;
  walk.anchors.set(name, index + 1);
  return { ...props, id: componentAnchor(name, index) };
}

function appendNode(chunks: StaticChunk[], node: Node, walk: Walk): void {
  switch (node.type) {
    case 'mdxjsEsm':
      throw new NeedsModule();
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // A comment, `{/* … */}`, is a note for editors and renders nothing; other code needs the module.
      if (isOnlyComments((node as MdxNode).value ?? '')) return;
      throw new NeedsModule();
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const component = node as MdxNode;
      const name = component.name ?? '';
      // A lower-case name is an HTML element written as JSX: it renders as that element.
      if (!/^[A-Z]/.test(name)) {
        const element: Element = {
          type: 'element',
          tagName: name,
          properties: componentProps(component),
          children: [],
        };
        appendElement(chunks, element, (component.children ?? []) as Node[], walk);
        return;
      }
      if (Object.hasOwn(PICTURE_COMPONENTS, name)) throw new NeedsModule();
      // Props first: a numbered component takes its number before the ones inside it.
      const props = anchoredProps(name, component, walk);
      chunks.push({ name, props, children: chunksOf(component.children ?? [], walk) });
      return;
    }
    case 'element': {
      const element = node as Element;
      if (!anyInTree(element, isMdx)) {
        if (anyInTree(element, needsModule)) throw new NeedsModule();
        pushHtml(chunks, toHtml(element));
        return;
      }
      if (needsModule(element)) throw new NeedsModule();
      appendElement(chunks, { ...element, children: [] }, element.children as Node[], walk);
      return;
    }
    default:
      pushHtml(chunks, toHtml(node as RootContent));
  }
}

// An element whose content holds components: its tags as HTML around its content's chunks.
function appendElement(chunks: StaticChunk[], shell: Element, children: readonly Node[], walk: Walk): void {
  const empty = toHtml({ ...shell, children: [] });
  const close = `</${shell.tagName}>`;
  if (!empty.endsWith(close)) {
    pushHtml(chunks, empty);
    return;
  }
  pushHtml(chunks, empty.slice(0, -close.length));
  for (const chunk of chunksOf(children, walk)) {
    if (typeof chunk === 'string') pushHtml(chunks, chunk);
    else chunks.push(chunk);
  }
  pushHtml(chunks, close);
}

/** The page `body` (MDX without its frontmatter) as HTML runs and components; undefined when it needs the module path. */
export function staticMdx(body: string): StaticMdx | undefined {
  let root: Root;
  try {
    root = mdxToHast(body, { features: { gfm: true, smartPunctuation: true }, position: false }) as Root;
  } catch {
    return undefined;
  }
  try {
    const headings = nameHeadings(root);
    return { chunks: chunksOf(root.children, { anchors: new Map() }), headings };
  } catch (error) {
    if (error instanceof NeedsModule) return undefined;
    throw error;
  }
}
