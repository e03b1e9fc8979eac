/** Reads what a PDF shows through poppler-utils, and its bookmarks through a tiny parser. */
import { execFileSync } from 'node:child_process';

function poppler(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The text of a PDF file, without the bidi control marks pdftotext adds around RTL runs. */
export function pdfText(path: string): string {
  return poppler('pdftotext', [path, '-']).replace(/[\u202a-\u202e]/g, '');
}

/** `pdfinfo` fields by name. */
export function pdfInfo(path: string): Record<string, string> {
  const lines = poppler('pdfinfo', [path]).split('\n');
  return Object.fromEntries(lines.filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Fonts listed by `pdffonts`: base name (without subset prefix) and whether it is embedded. */
export function pdfFonts(path: string): Array<{ name: string; embedded: boolean }> {
  return poppler('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const name = (columns[0] ?? '').replace(/^[A-Z]{6}\+/, '');
      return { name, embedded: columns.at(-5) === 'yes' };
    });
}

/** A PDF string: `<FEFF...>` is UTF-16BE hex; `(...)` holds single-byte text (ASCII in practice). */
function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) return Buffer.from(raw.slice(1, -1), 'hex').swap16().toString('utf16le').replace(/^\ufeff/, '');
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** Titles of the PDF's bookmarks (outline items), in file order. */
export function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const items = [...text.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)].map((match) => match[1] ?? '').filter((body) => body.includes('/Parent'));
  return items.flatMap((body) => {
    const title = /\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)/.exec(body)?.[1];
    return title ? [decodePdfString(title)] : [];
  });
}
