/**
 * YAML parsing that keeps line numbers, so that a bad value in campaign.yaml or in page
 * frontmatter can be reported at its line.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML syntax error at a line. */
export interface YamlError {
  message: string;
  line: number;
  column: number;
}

/** Parsed YAML with a way back from a data path to its line. */
export interface ParsedYaml {
  data: unknown;
  errors: YamlError[];
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** The source offset of the key (or list item) at `path`, or of its nearest existing parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
    const segment = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (isNode(pair?.key) && pair.key.range) return pair.key.range[0];
    } else if (isSeq(parent) && typeof segment === 'number') {
      const item = parent.items[segment];
      if (isNode(item) && item.range) return item.range[0];
    }
  }
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : undefined;
}

let last: { text: string; firstLine: number; parsed: ParsedYaml } | undefined;

/**
 * Parses YAML text; `firstLine` shifts line numbers for YAML embedded in a larger file. The last
 * result is remembered: the content check reads a page's frontmatter for its fields and again for
 * its wording.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  if (last?.text !== text || last.firstLine !== firstLine)
    last = { text, firstLine, parsed: parseYamlText(text, firstLine) };
  return last.parsed;
}

function parseYamlText(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { message: error.message.split('\n')[0] ?? error.message, line: line + firstLine - 1, column: col };
  });
  const lineOf = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : toLine(offset);
  };
  if (errors.length) return { data: undefined, errors, lineOf };
  try {
    return { data: doc.toJS(), errors, lineOf };
  } catch (error) {
    // An alias to an anchor never set (`id: *name`) passes parsing and throws only here.
    const message = error instanceof Error ? error.message : String(error);
    const alias = /alias[^:]*: (.+)$/.exec(message)?.[1];
    const offset = alias === undefined ? -1 : text.indexOf(`*${alias}`);
    const { line, col } = lineCounter.linePos(Math.max(offset, 0));
    return { data: undefined, errors: [{ message, line: line + firstLine - 1, column: col }], lineOf };
  }
}

/** The frontmatter block of a Markdown/MDX file: its YAML text and the line it starts on. */
export function extractFrontmatter(source: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}
