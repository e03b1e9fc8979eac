/**
 * HTML tables to Typst `table`: header rows repeat on every page the table spans, spans
 * and alignment are kept, and the column count is worked out the way a browser lays cells out.
 * In a worksheet, data cells are at least two writing lines tall, for pupils to fill in.
 */
import type { Element } from 'hast';
import { inContainer, type ConvertContext } from './convert-context.ts';
import { attribute } from './hast-read.ts';
import { listItems } from './lists.ts';

/** A row as its `<th>`/`<td>` cells. */
type Row = Element[];

interface TableParts {
  caption?: Element;
  header: Row[];
  body: Row[];
  footer: Row[];
}

/** Sorts a table's rows into header, body and footer; leading rows of only `<th>` count as header when there is no `<thead>`. */
function tableParts(table: Element, ctx: ConvertContext): TableParts {
  const parts: TableParts = { header: [], body: [], footer: [] };
  const rowsOf = (group: Element): Row[] => listItems(group, ['tr'], ctx).map((tr) => listItems(tr, ['th', 'td'], ctx));
  for (const child of listItems(table, ['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr'], ctx)) {
    if (child.tagName === 'caption') parts.caption = child;
    else if (child.tagName === 'thead') parts.header.push(...rowsOf(child));
    else if (child.tagName === 'tfoot') parts.footer.push(...rowsOf(child));
    else if (child.tagName === 'tbody') parts.body.push(...rowsOf(child));
    else if (child.tagName === 'tr') parts.body.push(listItems(child, ['th', 'td'], ctx));
  }
  if (parts.header.length === 0) {
    const headerRows = parts.body.findIndex((row) => !row.every((cell) => cell.tagName === 'th'));
    parts.header = parts.body.splice(0, headerRows === -1 ? parts.body.length : headerRows);
  }
  return parts;
}

function span(cell: Element, property: 'colSpan' | 'rowSpan'): number {
  const value = Number(attribute(cell, property) ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** The number of columns, placing cells left to right around cells that span rows from above. */
function columnCount(rows: readonly Row[]): number {
  const taken: boolean[][] = [];
  let columns = 1;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r]?.[c]) c += 1;
      const [colSpan, rowSpan] = [span(cell, 'colSpan'), span(cell, 'rowSpan')];
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc += 1) line[c + dc] = true;
      }
      c += colSpan;
      columns = Math.max(columns, c);
    }
  });
  return columns;
}

/**
 * A cell's horizontal alignment as a Typst `align`, from `align="right"` or the
 * `style="text-align:right"` that Markdown's `|---:|` renders; undefined for the default.
 * Left and right stay physical, as a browser shows them, also in right-to-left tables.
 */
function cellAlignment(cell: Element): string | undefined {
  const fromStyle = /(?:^|;)\s*text-align\s*:\s*(left|right|center)\b/i.exec(attribute(cell, 'style') ?? '')?.[1];
  const value = (fromStyle ?? attribute(cell, 'align'))?.toLowerCase();
  return value === 'left' || value === 'right' || value === 'center' ? value : undefined;
}

function cellSource(cell: Element, ctx: ConvertContext): string {
  const alignment = cellAlignment(cell);
  const spans = (['colSpan', 'rowSpan'] as const)
    .filter((property) => span(cell, property) > 1)
    .map((property) => `${property.toLowerCase()}: ${span(cell, property)}`)
    .concat(alignment ? [`align: ${alignment}`] : []);
  const blocks = `[${inContainer(ctx, () => ctx.blocks(cell.children))}]`;
  if (cell.tagName === 'th') return `sidkit-th(${spans.join(', ')})${blocks}`;
  // A worksheet's cells are filled in by hand, so each leaves room to write (sidkit-write-cell).
  const content = ctx.insideWorksheet ? `[#sidkit-write-cell${blocks}]` : blocks;
  return spans.length > 0 ? `table.cell(${spans.join(', ')})${content}` : content;
}

function rowsSource(rows: readonly Row[], ctx: ConvertContext): string {
  return rows.map((row) => `  ${row.map((cell) => cellSource(cell, ctx)).join(', ')},\n`).join('');
}

/** `<table>` to a Typst table, captioned through `figure` when it has a `<caption>`. */
export function convertTable(table: Element, ctx: ConvertContext): string {
  const { caption, header, body, footer } = tableParts(table, ctx);
  const columns = columnCount([...header, ...body, ...footer]);
  const headerSource = header.length > 0 ? `  table.header(\n${rowsSource(header, ctx)}  ),\n` : '';
  const footerSource = footer.length > 0 ? `  table.footer(\n${rowsSource(footer, ctx)}  ),\n` : '';
  const source = `table(\n  columns: (1fr,) * ${columns},\n${headerSource}${rowsSource(body, ctx)}${footerSource})`;
  if (!caption) return `#${source}`;
  const captionSource = inContainer(ctx, () => ctx.blocks(caption.children));
  return `#figure(numbering: none, caption: figure.caption(position: top)[${captionSource}], ${source})`;
}
