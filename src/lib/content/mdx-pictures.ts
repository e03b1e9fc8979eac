/**
 * The pictures an MDX file shows, from the same Sätteri tree as its components: Markdown
 * pictures (`![alt](src)`, and `![alt][label]`, which Astro does not optimise) and the
 * elements of picture components such as `<Figure src alt>`.
 */
import { PICTURE_COMPONENTS } from '../components/registry.ts';
import { mdxElements, textAttribute } from './mdx-elements.ts';
import { mdxTree } from './mdx-tree.ts';

/** One picture of an MDX file, where it is written. */
export interface MdxPicture {
  /** `markdown` for `![alt](src)`, `reference` for `![alt][label]`, else the component's name, e.g. `Figure`. */
  form: 'markdown' | 'reference' | string;
  /** The source as written; undefined for a reference or a component without one. */
  src: string | undefined;
  /** The alternative text; undefined when a component gives none. */
  alt: string | undefined;
  /** True for a component marked `decorative`. */
  decorative: boolean;
  /** True for a component written inside a paragraph, where a block such as `<figure>` cannot go. */
  inline: boolean;
  line: number;
  column: number;
}

interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

function markdownPictures(node: Node, out: MdxPicture[]): void {
  if (node.type === 'image' || node.type === 'imageReference') {
    const start = node.position?.start ?? { line: 0, column: 0 };
    out.push({
      form: node.type === 'image' ? 'markdown' : 'reference',
      src: node.type === 'image' ? node.url : undefined,
      alt: node.alt ?? '',
      decorative: false,
      inline: false,
      line: start.line,
      column: start.column,
    });
  }
  for (const child of node.children ?? []) markdownPictures(child, out);
}

/** Every picture of an MDX source, Markdown and components alike, in document order; none when it cannot be parsed. */
export function mdxPictures(source: string): MdxPicture[] {
  const { tree } = mdxTree(source);
  if (!tree) return [];
  const pictures: MdxPicture[] = [];
  markdownPictures(tree as Node, pictures);
  for (const element of mdxElements(source).elements.filter((item) => Object.hasOwn(PICTURE_COMPONENTS, item.name)))
    pictures.push({
      form: element.name,
      src: textAttribute(element, 'src'),
      alt: textAttribute(element, 'alt'),
      decorative: element.attributes.decorative === true,
      inline: element.inline,
      line: element.line,
      column: element.column,
    });
  return pictures.sort((a, b) => a.line - b.line || a.column - b.column);
}
