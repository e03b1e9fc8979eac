/**
 * What the converter properties compare: the words a toolkit page's HTML prints, and the words
 * of the Typst string literals it was converted to (all author text is emitted as literals,
 * src/lib/typst/escape.ts), so that a word that went missing on the way is found.
 */
import type { Element, Root, RootContent } from 'hast';
import type { ConversionProblem } from '../../../src/lib/typst/problems.ts';
import { wordsOf } from './text-arbitraries.ts';

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', n: '\n', r: '\r', t: '\t' };

/** The values of every Typst string literal in `source`, decoded; `source` is generated markup, where every `"` opens or closes one. */
export function typstStringValues(source: string): string[] {
  return [...source.matchAll(/"((?:[^"\\]|\\.)*)"/gsu)].map(([, body = '']) =>
    body.replace(/\\u\{([0-9a-f]+)\}|\\(.)/gisu, (_, hex: string | undefined, char: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : (ESCAPES[char] ?? char),
    ),
  );
}

/** Attributes whose words the PDF prints: component titles, question texts, materials. */
const PRINTED_ATTRIBUTES = ['dataTitle', 'dataText', 'dataMaterials'] as const;

/** Elements whose words the PDF replaces by its own: web-only chrome, a quiz's "show the answer" and its question's legend (printed from data-text). */
function isChrome(element: Element): boolean {
  return element.properties['dataPdf'] === 'skip' || ['summary', 'legend', 'input'].includes(element.tagName);
}

/** The words an element or text prints in the PDF, attributes included. */
export function printedWords(node: RootContent | Root): string[] {
  if (node.type === 'text') return wordsOf(node.value);
  if (node.type === 'element' && isChrome(node)) return [];
  if (node.type !== 'element' && node.type !== 'root') return [];
  const own =
    node.type === 'element'
      ? PRINTED_ATTRIBUTES.flatMap((name) => {
          const value = node.properties[name];
          return typeof value === 'string' ? wordsOf(value) : [];
        })
      : [];
  return [...own, ...node.children.flatMap(printedWords)];
}

/** The element that starts at a problem's line and column, which the problem speaks for. */
function elementAt(tree: Root, problem: ConversionProblem): Element | undefined {
  let found: Element | undefined;
  const visit = (node: Root | RootContent): void => {
    if (found) return;
    const start = node.position?.start;
    if (node.type === 'element' && start?.line === problem.line && start?.column === problem.column) found = node;
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

/** The words of `tree` that no output prints, leaving out those of elements a problem was reported for. */
export function lostWords(tree: Root, outputs: readonly string[], problems: readonly ConversionProblem[]): string[] {
  const excused = new Set(
    problems.flatMap((problem) => {
      const element = elementAt(tree, problem);
      return element ? printedWords(element) : [];
    }),
  );
  // Text joins across transparent elements (`a<span>b</span>` prints "ab"), so a word is looked for inside the printed text.
  const printed = outputs.flatMap(typstStringValues).join('\u0000');
  return [...new Set(printedWords(tree))].filter((word) => !printed.includes(word) && !excused.has(word));
}
