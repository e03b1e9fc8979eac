/**
 * Checks every address an MDX file links to or shows: Markdown links and pictures, GFM
 * autolinks, reference definitions (which `[text][label]` links and pictures use), and the
 * component attributes the registry types as `url`. Each must be safe to link to
 * (src/lib/safe-url.ts): a `javascript:` or `data:` link would otherwise reach the page and
 * every fallback copy of it.
 */
import type { ComponentSpec } from '../components/component.ts';
import { UnsafeLink } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { SAFE_URL_EXPECTED, safeUrl } from '../safe-url.ts';
import type { SourceFile } from './campaign-tree.ts';
import { mdxElements, textAttribute } from './mdx-elements.ts';
import { mdxTree } from './mdx-tree.ts';

interface Node {
  type: string;
  url?: string;
  label?: string | null;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** One address written in a file, with where and how. */
interface WrittenAddress {
  url: string;
  field: string;
  line: number;
  column: number;
}

const FIELDS: Readonly<Record<string, (node: Node) => string>> = {
  link: () => 'Markdown link',
  image: () => 'Markdown picture',
  definition: (node) => `link definition [${node.label ?? ''}]:`,
};

function markdownAddresses(node: Node, out: WrittenAddress[]): void {
  const field = FIELDS[node.type];
  if (field && typeof node.url === 'string') {
    const start = node.position?.start ?? { line: 1, column: 1 };
    out.push({ url: node.url, field: field(node), line: start.line, column: start.column });
  }
  for (const child of node.children ?? []) markdownAddresses(child, out);
}

function componentAddresses(source: string, components: Readonly<Record<string, ComponentSpec>>): WrittenAddress[] {
  return mdxElements(source).elements.flatMap((element) =>
    Object.entries(components[element.name] ?? {}).flatMap(([name, rule]) => {
      const url = rule.type === 'url' ? textAttribute(element, name) : undefined;
      return url === undefined
        ? []
        : [{ url, field: `<${element.name} ${name}>`, line: element.line, column: element.column }];
    }),
  );
}

/** Every address of one MDX file that is not safe to link to; none when it cannot be parsed. */
export function checkLinks(file: SourceFile, components: Readonly<Record<string, ComponentSpec>>): Problem[] {
  const { tree } = mdxTree(file.text);
  if (!tree) return [];
  const addresses: WrittenAddress[] = [];
  markdownAddresses(tree as Node, addresses);
  addresses.push(...componentAddresses(file.text, components));
  return addresses.flatMap(({ url, field, line, column }) => {
    const verdict = safeUrl(url);
    if (verdict.safe) return [];
    return [
      problem(UnsafeLink, {
        file: file.displayPath,
        line,
        column,
        field,
        message: verdict.message,
        expected: SAFE_URL_EXPECTED,
      }),
    ];
  });
}
