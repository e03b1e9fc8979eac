/**
 * Small readers shared by the components' Typst converters (src/lib/components/): they
 * check the element a component was rendered on and read its attributes, reporting
 * problems instead of throwing.
 */
import type { Element } from 'hast';
import { inContainer, type ConvertContext } from './convert-context.ts';
import { attribute } from './hast-read.ts';
import type { InlinePiece } from './inline.ts';
import { problemAt } from './problems.ts';

/** Converts a block component's element to Typst markup. */
export type BlockConverter = (element: Element, ctx: ConvertContext) => string;
/** Converts an inline component's element to pieces of a line of text. */
export type InlineConverter = (element: Element, ctx: ConvertContext) => InlinePiece[];

/** Rejects a component written on the wrong element, since its content model would not fit. */
export function expectTag(element: Element, tagName: string, ctx: ConvertContext): boolean {
  if (element.tagName === tagName) return true;
  ctx.problems.push(problemAt(element, `This component must be written as <${tagName} data-sidkit="...">.`));
  return false;
}

/** A required non-empty attribute, or undefined with a problem. */
export function requiredAttribute(
  element: Element,
  property: string,
  name: string,
  ctx: ConvertContext,
): string | undefined {
  const value = attribute(element, property)?.trim();
  if (value) return value;
  ctx.problems.push(problemAt(element, `${name} is required and must not be empty.`));
  return undefined;
}

/** A whole-number attribute, or undefined with a problem when it is not one. */
export function wholeNumber(element: Element, property: string, name: string, ctx: ConvertContext): number | undefined {
  const value = attribute(element, property);
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  ctx.problems.push(problemAt(element, `${name}="${value}" must be a whole number.`));
  return undefined;
}

/** A content block with the element's children as blocks, laid out inside a box. */
export function boxedContent(element: Element, ctx: ConvertContext): string {
  return `[\n${inContainer(ctx, () => ctx.blocks(element.children))}\n]`;
}
