/**
 * Problems found while turning HTML into Typst. Conversion never drops content silently:
 * whatever it cannot represent is reported here, and the caller fails the build with it.
 */
import type { Element } from 'hast';

/** One thing in the HTML that the PDF cannot faithfully show. */
export interface ConversionProblem {
  /** The element at fault as written in HTML, e.g. `<video>` or `<section data-sidkit="activity">`. */
  element: string;
  /** 1-based position in the HTML, when the tree was parsed with positions. */
  line?: number;
  column?: number;
  /** What is wrong and what to do about it. */
  message: string;
}

/** How an element is named in problems: its tag, plus its component name when it has one. */
function describeElement(element: Element): string {
  const component = element.properties['dataSidkit'];
  return typeof component === 'string' ? `<${element.tagName} data-sidkit="${component}">` : `<${element.tagName}>`;
}

/** A problem located at an element, so authors can find it in the source HTML. */
export function problemAt(element: Element, message: string): ConversionProblem {
  const start = element.position?.start;
  return {
    element: describeElement(element),
    ...(start ? { line: start.line, column: start.column } : {}),
    message,
  };
}
