/**
 * Reading the text files organisers write. Editors on Windows often save UTF-8 with a
 * byte-order mark, which would otherwise hide a page's frontmatter ("---" is no longer at
 * the start) or become part of a YAML file's first key. Every content and data file is read
 * through here, so all of them accept it alike.
 */
import { readFileSync } from 'node:fs';

/** Text without a leading UTF-8 byte-order mark. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A UTF-8 text file's content, without a byte-order mark. */
export function readTextFile(path: string): string {
  return withoutByteOrderMark(readFileSync(path, 'utf8'));
}
