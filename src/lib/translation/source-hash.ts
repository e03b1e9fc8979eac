/**
 * The content hash a translation records of the default-language file it was translated
 * from (`sourceHash` in its frontmatter). Comparing it with the hash of that file today
 * tells whether the original changed since, without git or dates.
 */
import { createHash } from 'node:crypto';

/** How a source hash is written: `sha256:` and the first 16 hex digits of the digest. */
export const SOURCE_HASH_PATTERN = /^sha256:[0-9a-f]{16}$/;

/** The hash of a file's text; line endings are normalised so that a checkout on Windows hashes alike. */
export function sourceHash(text: string): string {
  const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
  return `sha256:${digest.slice(0, 16)}`;
}
