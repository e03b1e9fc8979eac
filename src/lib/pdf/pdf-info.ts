/**
 * Fills in the page count and file size next to each download link once the files
 * exist: pages carry empty `<span data-pdf-info="/path">` placeholders until then.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { formatNumber } from '../../i18n/format.ts';
import { createTranslate } from '../../i18n/translate.ts';

/** What is known about one built download. */
export interface DownloadInfo {
  bytes: number;
  /** Page count, for PDFs. */
  pages?: number;
}

/** A file size in the reader's units and digits, e.g. "245 kB" or "1.2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : (['kilobyte', Math.max(1, bytes / 1000)] as const);
  return formatNumber(value, locale, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 });
}

/** A page with its download placeholders filled, and the downloads it names that were not written. */
export interface FilledPage {
  html: string;
  missing: string[];
}

/**
 * The page's HTML with every known placeholder filled in the page's language. The page is
 * parsed to find the placeholders; the text goes in at each one's position, so that the
 * rest of the page stays byte for byte as Astro wrote it.
 */
export function fillDownloadInfo(html: string, info: ReadonlyMap<string, DownloadInfo>): FilledPage {
  const tree = fromHtml(html);
  const lang = select('html', tree)?.properties.lang;
  const locale = typeof lang === 'string' ? lang : 'en';
  const t = createTranslate(locale);
  const missing: string[] = [];
  const insertions: { at: number; text: string }[] = [];
  for (const span of selectAll('span[data-pdf-info]', tree)) {
    const path = String(span.properties.dataPdfInfo);
    const file = info.get(path);
    const end = span.position?.end.offset;
    if (
      !file ||
      span.children.length ||
      end === undefined ||
      !html.startsWith(CLOSING_SPAN, end - CLOSING_SPAN.length)
    ) {
      if (!file) missing.push(path);
      continue;
    }
    const size = formatFileSize(file.bytes, locale);
    const pages = file.pages === undefined ? undefined : formatNumber(file.pages, locale);
    insertions.push({ at: end - CLOSING_SPAN.length, text: pages ? t('toolkit.pdfInfo', { pages, size }) : size });
  }
  let filled = html;
  for (const { at, text } of insertions.reverse()) filled = filled.slice(0, at) + escapeHtml(text) + filled.slice(at);
  return { html: filled, missing };
}

const CLOSING_SPAN = '</span>';

/** Text made safe to place between tags. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
