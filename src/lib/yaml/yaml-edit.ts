/**
 * Small edits of YAML text that leave every other byte as it was (comments, quoting, flow
 * or block style): adding an item to a list and an entry to a map. `npm run new -- locale`
 * adds a language to campaign.yaml this way instead of rewriting the organiser's file.
 */
import { isMap, isNode, isSeq, parseDocument, stringify, type Node } from 'yaml';

/** A scalar as YAML writes it on one line; quoted where a flow collection would misread it. */
function scalarText(value: string, flow: boolean): string {
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  return flow && /[,[\]{}]/.test(plain) ? JSON.stringify(value) : plain;
}

/** The offset where the line holding `offset` ends, before its line break. */
function endOfLine(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  if (at === -1) return text.length;
  return text[at - 1] === '\r' ? at - 1 : at;
}

/** The text between the start of a line and `offset`: the indentation (and "- ") of the node there. */
function linePrefix(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

function collectionAt(text: string, path: readonly string[]): { node: Node; newline: string } | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  return isNode(node) ? { node, newline: text.includes('\r\n') ? '\r\n' : '\n' } : undefined;
}

function insert(text: string, offset: number, addition: string): string {
  return text.slice(0, offset) + addition + text.slice(offset);
}

/** The text with `value` appended to the list at `path`; undefined when there is no list there. */
export function addListItem(text: string, path: readonly string[], value: string): string | undefined {
  const found = collectionAt(text, path);
  if (!found || !isSeq(found.node) || !found.node.range) return undefined;
  const { node, newline } = found;
  const end = found.node.range[1];
  const items = node.items.filter(isNode);
  const last = items.at(-1)?.range;
  const first = items[0]?.range;
  if (node.flow) {
    if (last) return insert(text, last[1], `, ${scalarText(value, true)}`);
    return insert(text, text.lastIndexOf(']', end), scalarText(value, true));
  }
  if (!first || !last) return undefined;
  return insert(
    text,
    endOfLine(text, last[1] - 1),
    `${newline}${linePrefix(text, first[0])}${scalarText(value, false)}`,
  );
}

/** The text with `key: value` added to the map at `path` (`[]` for the top level); undefined when there is no map there. */
export function addMapEntry(text: string, path: readonly string[], key: string, value: string): string | undefined {
  const found = collectionAt(text, path);
  if (!found || !isMap(found.node) || !found.node.range) return undefined;
  const { node, newline } = found;
  const end = found.node.range[1];
  const lastPair = node.items.at(-1);
  const firstKey = node.items[0]?.key;
  const lastEnd =
    (isNode(lastPair?.value) ? lastPair.value.range : undefined) ??
    (isNode(lastPair?.key) ? lastPair.key.range : undefined);
  const entry = (flow: boolean) => `${scalarText(key, flow)}: ${scalarText(value, flow)}`;
  if (node.flow) {
    if (lastEnd) return insert(text, lastEnd[1], `, ${entry(true)}`);
    return insert(text, text.lastIndexOf('}', end), entry(true));
  }
  if (!lastEnd || !isNode(firstKey) || !firstKey.range) return undefined;
  return insert(
    text,
    endOfLine(text, lastEnd[1] - 1),
    `${newline}${linePrefix(text, firstKey.range[0])}${entry(false)}`,
  );
}
