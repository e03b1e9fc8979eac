/**
 * `<Figure>` through Astro's image pipeline: while the MDX compiles, each `<Figure src alt>`
 * gets, as its content, the Markdown picture `![alt](src)`. Astro then imports the file
 * relative to the MDX file and renders it with the page's picture template, exactly as it
 * does a picture written in Markdown, so a figure is optimised, sized and lazy like any other.
 */
import type { Image } from 'mdast';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { PICTURE_COMPONENTS } from '../components/registry.ts';

/** The attributes that describe the picture itself; they move to the picture, the others stay on the figure. */
const PICTURE_ATTRIBUTES = new Set(['src', 'alt', 'decorative', 'priority']);

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

function textOf(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((item) => 'name' in item && item.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

function hasFlag(node: JsxElement, name: string): boolean {
  return node.attributes.some((item) => 'name' in item && item.name === name && item.value === null);
}

/** The Markdown picture a figure element shows, or undefined for an element that shows none. */
export function figureImage(node: JsxElement): Image | undefined {
  if (node.name === null || !Object.hasOwn(PICTURE_COMPONENTS, node.name)) return undefined;
  const src = textOf(node, 'src');
  if (src === undefined) return undefined;
  const alt = hasFlag(node, 'decorative') ? '' : (textOf(node, 'alt') ?? '');
  // `priority` reaches the picture template as a property of the <img>: a picture at the top of a page loads at once.
  const data = hasFlag(node, 'priority') ? { hProperties: { priority: 'true' } } : undefined;
  return { type: 'image', url: src, alt, ...(data && { data }) };
}

/**
 * A Sätteri mdast plugin factory that puts each figure's picture inside it (Sätteri replaces
 * elements rather than editing them). A figure written on a line of its own is a flow element,
 * whose children mdast types as blocks; the picture goes in without a paragraph around it,
 * which Sätteri renders as is, so that `<figure>` holds the `<picture>` itself.
 */
export function figurePicturePlugin(): MdastPluginDefinition {
  const withPicture = <Element extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<Element>) => {
    const image = figureImage(node as JsxElement);
    if (!image) return undefined;
    const attributes = node.attributes.filter((item) => !('name' in item && PICTURE_ATTRIBUTES.has(item.name)));
    return { ...node, attributes, children: [image] as unknown as Element['children'] } as Element;
  };
  return {
    name: 'sidkit-figure-picture',
    mdxJsxFlowElement(node, ctx) {
      const replaced = withPicture(node);
      if (replaced) ctx.replaceNode(node, replaced);
    },
    mdxJsxTextElement(node, ctx) {
      const replaced = withPicture(node);
      if (replaced) ctx.replaceNode(node, replaced);
    },
  };
}
