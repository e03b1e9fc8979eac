/**
 * Reads and writes the `sourceHash` line of an MDX file's frontmatter, leaving every other
 * byte of the file as it was, so that `--mark` never reformats a translator's work.
 */
import { extractFrontmatter, parseYaml } from '../yaml/yaml.ts';

/** The frontmatter field a translation records its original's hash in. */
export const SOURCE_HASH_FIELD = 'sourceHash';

/** The source hash a translation records, if its frontmatter has one. */
export function recordedSourceHash(mdx: string): string | undefined {
  const block = extractFrontmatter(mdx);
  const data = block ? parseYaml(block.yaml).data : undefined;
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[SOURCE_HASH_FIELD] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The file with `sourceHash: <hash>` set in its frontmatter (replaced in place, or added as its last line); undefined without frontmatter. */
export function withSourceHash(mdx: string, hash: string): string | undefined {
  const opening = /^---[ \t]*(\r?\n)/.exec(mdx);
  if (!opening) return undefined;
  const newline = opening[1] ?? '\n';
  const closing = /(?:^|\n)---[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = opening[0].length - 1;
  const found = closing.exec(mdx);
  if (!found) return undefined;
  const end = found.index + (found[0].startsWith('\n') ? 1 : 0);
  const yaml = mdx.slice(opening[0].length, end);
  const line = `${SOURCE_HASH_FIELD}: ${hash}`;
  const existing = new RegExp(`^${SOURCE_HASH_FIELD}:[^\\r\\n]*`, 'm').exec(yaml);
  if (existing) {
    const at = opening[0].length + existing.index;
    return mdx.slice(0, at) + line + mdx.slice(at + existing[0].length);
  }
  return mdx.slice(0, end) + line + newline + mdx.slice(end);
}
