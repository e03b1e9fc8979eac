/**
 * Finds the components an MDX file uses, with their attributes and lines, by parsing it
 * with Sätteri, the same parser Astro uses. Content checks, the per-page source list and
 * the activity index all read MDX through here.
 */
import { mdxTree } from './mdx-tree.ts';

/** An attribute value: text, or the source of a `{…}` expression. */
export type MdxAttributeValue = string | { expression: string } | true;

/** One JSX element in an MDX file. */
export interface MdxElement {
  name: string;
  attributes: Readonly<Record<string, MdxAttributeValue>>;
  line: number;
  column: number;
  /** Names of the enclosing elements, outermost first. */
  ancestors: readonly string[];
  /** True when it is written inside a paragraph or a line of text, rather than on lines of its own. */
  inline: boolean;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

function attributeValue(value: unknown): MdxAttributeValue {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown }).value;
  return { expression: typeof expression === 'string' ? expression : '' };
}

function collect(node: Node, ancestors: string[], out: MdxElement[]): void {
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isElement) {
    const attributes: Record<string, MdxAttributeValue> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name)
        attributes[attribute.name] = attributeValue(attribute.value);
    }
    const start = node.position?.start ?? { line: 0, column: 0 };
    out.push({
      name: node.name ?? '<>',
      attributes,
      line: start.line,
      column: start.column,
      ancestors: [...ancestors],
      inline: node.type === 'mdxJsxTextElement',
    });
  }
  const inner = isElement ? [...ancestors, node.name ?? '<>'] : ancestors;
  for (const child of node.children ?? []) collect(child, inner, out);
}

/** Every JSX element of an MDX source in document order, or the syntax error that stopped parsing. */
export function mdxElements(source: string): { elements: MdxElement[]; error?: { message: string; line?: number } } {
  const { tree, error } = mdxTree(source);
  if (error) return { elements: [], error };
  const elements: MdxElement[] = [];
  collect(tree as Node, [], elements);
  return { elements };
}

/** A text attribute's value, or undefined for a missing or non-text one. */
export function textAttribute(element: MdxElement, name: string): string | undefined {
  const value = element.attributes[name];
  return typeof value === 'string' ? value : undefined;
}

/** A numeric attribute written as `{15}` or "15", or undefined when it is missing or not a number. */
export function numberAttribute(element: MdxElement, name: string): number | undefined {
  const value = element.attributes[name];
  const text = typeof value === 'string' ? value : typeof value === 'object' ? value.expression : undefined;
  if (text === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}
