/**
 * Finds Markdown table rows with more cells than the header row. Markdown renders only as
 * many cells as the header has, so the rest of such a row vanishes from the page and the
 * PDF without a word; the content check warns about each one instead.
 */
import type { MdxTree } from './mdx-tree.ts';

/** One row that is longer than its table's header. */
export interface LongTableRow {
  line: number;
  cells: number;
  headerCells: number;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number } };
}

function longRowsOf(table: Node): LongTableRow[] {
  const [header, ...rows] = table.children ?? [];
  const headerCells = header?.children?.length ?? 0;
  return rows
    .filter((row) => (row.children?.length ?? 0) > headerCells)
    .map((row) => ({ line: row.position?.start.line ?? 0, cells: row.children?.length ?? 0, headerCells }));
}

/** Every table row of a parsed MDX tree that has more cells than its header, in document order. */
export function longTableRows(tree: NonNullable<MdxTree['tree']>): LongTableRow[] {
  const visit = (node: Node): LongTableRow[] =>
    node.type === 'table' ? longRowsOf(node) : (node.children ?? []).flatMap(visit);
  return visit(tree as Node);
}
