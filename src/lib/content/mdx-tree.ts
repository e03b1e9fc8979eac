/**
 * An MDX source's syntax tree, from Sätteri (the parser Astro's MDX uses), remembered for
 * the last source parsed: the content check reads a file's components and then its prose,
 * and a toolkit page asks for its citations and then its activities, each from one tree.
 */
import { mdxToMdast } from 'satteri';

/** The parsed tree, or the syntax error that stopped parsing. */
export type MdxTree =
  { tree: unknown; error?: undefined } | { tree?: undefined; error: { message: string; line?: number } };

function parse(source: string): MdxTree {
  try {
    return { tree: mdxToMdast(source) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /(\d+):\d+/.exec(message)?.[1];
    return { error: { message, line: line ? Number(line) : undefined } };
  }
}

let last: { source: string; parsed: MdxTree } | undefined;

/** The tree of `source`; read it, do not change it, as the next caller may get the same one. */
export function mdxTree(source: string): MdxTree {
  if (last?.source !== source) last = { source, parsed: parse(source) };
  return last.parsed;
}
