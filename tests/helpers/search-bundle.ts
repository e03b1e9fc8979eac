/**
 * Reads a built Pagefind bundle (`<outDir>/pagefind/`) in Node, so build tests can check
 * which languages, records, filters and metadata the index holds without a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One indexed page or custom record, as its fragment stores it. */
export interface IndexedRecord {
  /** The index (language) it is in, from the fragment's file name. */
  language: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string }[];
}

/** The bundle's entry file and every record of every language. */
export interface SearchBundle {
  entry: { version: string; languages: Record<string, { page_count: number }> };
  records: IndexedRecord[];
}

// Pagefind's files are gzip streams that start with a "pagefind_dcd" signature.
const SIGNATURE = 'pagefind_dcd';

/** Reads the bundle of a built site. */
export function readSearchBundle(outDir: string): SearchBundle {
  const dir = join(outDir, 'pagefind');
  const records = readdirSync(join(dir, 'fragment')).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, 'fragment', file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    return {
      language: file.split('_')[0]!,
      ...(JSON.parse(text.slice(SIGNATURE.length)) as Omit<IndexedRecord, 'language'>),
    };
  });
  return {
    entry: JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as SearchBundle['entry'],
    records,
  };
}
