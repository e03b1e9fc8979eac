/**
 * HTML lists to Typst: `<ul>` to `list`, `<ol>` to `enum` with the HTML numbering kept
 * exactly (start, type, reversed, li value), `<dl>` to `terms`.
 */
import type { Element } from 'hast';
import { componentName, inContainer, type ConvertContext } from './convert-context.ts';
import { attribute, visibleChildren } from './hast-read.ts';
import { serializeInline } from './inline.ts';
import { problemAt } from './problems.ts';

/** Typst numbering patterns for HTML's `<ol type>`. */
const NUMBERING: Readonly<Record<string, string>> = { '1': '1.', a: 'a.', A: 'A.', i: 'i.', I: 'I.' };

/** The children of a list that are items of the given tag; anything else is a problem. */
export function listItems(element: Element, tagNames: readonly string[], ctx: ConvertContext): Element[] {
  return visibleChildren(element).filter((child): child is Element => {
    if (child.type === 'element' && tagNames.includes(child.tagName)) return true;
    const what = child.type === 'element' ? `<${child.tagName}>` : 'Text';
    ctx.problems.push(
      problemAt(
        child.type === 'element' ? child : element,
        `${what} directly inside <${element.tagName}> would be lost: only ${tagNames.map((t) => `<${t}>`).join(', ')} may appear there.`,
      ),
    );
    return false;
  });
}

/** An item's content as a Typst content block. */
export function itemContent(item: Element, ctx: ConvertContext): string {
  return `[${inContainer(ctx, () => ctx.blocks(item.children))}]`;
}

/** The number each `<li>` of an `<ol>` shows, as a browser would number them. */
function itemNumbers(list: Element, items: readonly Element[]): number[] {
  const reversed = attribute(list, 'reversed') !== undefined;
  const start = Number(attribute(list, 'start') ?? (reversed ? items.length : 1));
  let next = Number.isInteger(start) ? start : 1;
  return items.map((item) => {
    const value = Number(attribute(item, 'value'));
    const number = attribute(item, 'value') !== undefined && Number.isInteger(value) ? value : next;
    next = reversed ? number - 1 : number + 1;
    return number;
  });
}

/** Components that print as a card of their own, which a bullet beside it would only push out of line. */
const CARD_COMPONENTS: ReadonlySet<string> = new Set(['fact']);

/** Whether an item holds nothing but one card, such as a `- <Fact id="..." />` line. */
function isCardOnly(item: Element): boolean {
  const [only, ...rest] = visibleChildren(item);
  return rest.length === 0 && only?.type === 'element' && CARD_COMPONENTS.has(componentName(only) ?? '');
}

/** Consecutive items split into runs of cards and runs of ordinary items, keeping their order. */
function cardRuns(items: readonly Element[]): { cards: boolean; items: Element[] }[] {
  const runs: { cards: boolean; items: Element[] }[] = [];
  for (const item of items) {
    const cards = isCardOnly(item);
    const last = runs.at(-1);
    if (last && last.cards === cards) last.items.push(item);
    else runs.push({ cards, items: [item] });
  }
  return runs;
}

/**
 * `<ul>` or `<ol>` to Typst `list` or `enum`. In a bulleted list, items that are only a card
 * print as the card alone, without a bullet: Typst would set the bullet above the card.
 */
export function convertList(element: Element, ctx: ConvertContext): string {
  const items = listItems(element, ['li'], ctx);
  if (element.tagName === 'ul') {
    return cardRuns(items)
      .map((run) =>
        run.cards
          ? run.items.map((item) => ctx.blocks(item.children)).join('\n\n')
          : `#list(\n${run.items.map((item) => `  ${itemContent(item, ctx)},\n`).join('')})`,
      )
      .join('\n\n');
  }
  const numbering = NUMBERING[attribute(element, 'type') ?? '1'] ?? '1.';
  const numbers = itemNumbers(element, items);
  const entries = items.map((item, index) => `  enum.item(${numbers[index]})${itemContent(item, ctx)},\n`);
  return `#enum(numbering: "${numbering}",\n${entries.join('')})`;
}

/** A group of terms sharing descriptions, as `<dl>` allows several of each. */
export interface TermGroup {
  terms: Element[];
  descriptions: Element[];
}

/** Groups `<dt>`/`<dd>` runs (also inside `<div>` wrappers) into term groups. */
export function termGroups(element: Element, ctx: ConvertContext): TermGroup[] {
  const groups: TermGroup[] = [];
  const entries = listItems(element, ['dt', 'dd', 'div'], ctx).flatMap((child) =>
    child.tagName === 'div' ? listItems(child, ['dt', 'dd'], ctx) : [child],
  );
  for (const entry of entries) {
    const last = groups.at(-1);
    if (entry.tagName === 'dt' && (!last || last.descriptions.length > 0))
      groups.push({ terms: [entry], descriptions: [] });
    else if (entry.tagName === 'dt' && last) last.terms.push(entry);
    else if (last) last.descriptions.push(entry);
    else ctx.problems.push(problemAt(entry, '<dd> before any <dt> has no term to describe.'));
  }
  return groups;
}

/** A term group's terms (one per line) and descriptions, as two Typst content blocks. */
export function termGroupContent(group: TermGroup, ctx: ConvertContext): [string, string] {
  const terms = group.terms.map((term) => serializeInline(ctx.inline(term.children))).join('#linebreak()');
  const descriptions = inContainer(ctx, () => group.descriptions.map((d) => ctx.blocks(d.children)).join('\n\n'));
  return [`[${terms}]`, `[${descriptions}]`];
}

/** `<dl>` to Typst `terms`. */
export function convertDescriptionList(element: Element, ctx: ConvertContext): string {
  const items = termGroups(element, ctx).map((group) => {
    const [terms, descriptions] = termGroupContent(group, ctx);
    return `  terms.item(${terms}, ${descriptions}),\n`;
  });
  return `#terms(\n${items.join('')})`;
}
