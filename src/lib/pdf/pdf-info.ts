/**
 * Fills in the page count and file size next to each download link once the files
 * exist: pages carry empty `<span data-pdf-info="/path">` placeholders until then.
 */
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

/** The page's HTML with every known placeholder filled in the page's language. */
export function fillDownloadInfo(html: string, info: ReadonlyMap<string, DownloadInfo>): string {
  const locale = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const t = createTranslate(locale);
  return html.replace(
    /(<span[^>]*\sdata-pdf-info="([^"]+)"[^>]*>)(<\/span>)/g,
    (whole, open: string, path: string, close: string) => {
      const file = info.get(path);
      if (!file) return whole;
      const size = formatFileSize(file.bytes, locale);
      const text =
        file.pages === undefined ? size : t('toolkit.pdfInfo', { pages: formatNumber(file.pages, locale), size });
      return `${open}${text}${close}`;
    },
  );
}
