/**
 * The prose of an MDX file as a reader sees it, for checks on wording: each paragraph,
 * heading, list item or table cell as one text with the source line of every character.
 * Code, expressions, URLs and the content of verbatim components (quotations, names of
 * legal instruments) are left out; emphasis and links are read through, so words split
 * by markup are still found.
 */
import { mdxTree } from './mdx-tree.ts';
import { VERBATIM_COMPONENTS } from '../components/registry.ts';

/** One stretch of prose, and the source line each of its characters comes from. */
export interface ProseBlock {
  readonly text: string;
  readonly lines: readonly number[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  children?: Node[];
  position?: { start: { line: number } };
}

/** Stands for something left out inside a text, so the words on either side stay apart. */
const GAP = '\uFFFC';

/** Phrasing content: read into the text of the block around it. */
const INLINE = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'html',
]);
/** Blocks with no prose: code, raw HTML, imports and expressions, frontmatter, link definitions. */
const SKIPPED_BLOCKS = new Set(['code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'yaml', 'toml', 'definition']);
/** Web addresses written as text: they name places, not things. */
const URL_TEXT = /\b(?:https?:\/\/|mailto:|www\.)\S+/giu;

class Builder {
  text = '';
  lines: number[] = [];
  add(value: string, line: number): void {
    let current = line;
    for (let i = 0; i < value.length; i++) {
      this.lines.push(current);
      if (value[i] === '\n') current++;
    }
    this.text += value;
  }
}

const lineOf = (node: Node) => node.position?.start.line ?? 0;
const isVerbatim = (node: Node) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && VERBATIM_COMPONENTS.has(node.name ?? '');
/** A link whose text is its own address, e.g. a bare "www.example.org/…". */
const isAutolink = (node: Node) =>
  node.children?.length === 1 &&
  node.children[0]?.type === 'text' &&
  (node.url ?? '').replace(/^(?:https?:\/\/|mailto:)/, '') ===
    node.children[0].value?.replace(/^(?:https?:\/\/|mailto:)/, '');

function addInline(node: Node, into: Builder): void {
  if (node.type === 'text') into.add(node.value ?? '', lineOf(node));
  else if (node.type === 'break') into.add('\n', lineOf(node));
  else if (node.type === 'image') into.add(`${GAP}${node.alt ?? ''}${GAP}`, lineOf(node));
  else if (isVerbatim(node) || (node.type === 'link' && isAutolink(node)) || !node.children?.length)
    into.add(GAP, lineOf(node));
  else for (const child of node.children) addInline(child, into);
}

function collectBlocks(node: Node, out: ProseBlock[]): void {
  let run: Builder | undefined;
  const flush = () => {
    if (run) out.push({ text: run.text.replace(URL_TEXT, (url) => GAP.repeat(url.length)), lines: run.lines });
    run = undefined;
  };
  for (const child of node.children ?? []) {
    if (INLINE.has(child.type)) {
      run ??= new Builder();
      addInline(child, run);
    } else {
      flush();
      if (!SKIPPED_BLOCKS.has(child.type) && !isVerbatim(child)) collectBlocks(child, out);
    }
  }
  flush();
}

/** The prose blocks of an MDX source in reading order; empty when it cannot be parsed (the MDX check reports that). */
export function mdxProse(source: string): ProseBlock[] {
  const { tree } = mdxTree(source);
  if (!tree) return [];
  const blocks: ProseBlock[] = [];
  collectBlocks(tree as Node, blocks);
  return blocks;
}
