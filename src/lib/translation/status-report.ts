/**
 * The plain-text report of `npm run i18n:status`: a table of counts per campaign and
 * locale, then each page or toolkit that needs a translator, with the file to open.
 */
import { TRANSLATION_STATES, type CampaignStatus } from './status.ts';

const NEXT_STEP = [
  'outdated:  the original changed after the translation was made; update it, then run',
  '           npm run i18n:status -- --mark <file>',
  'untracked: the translation records no sourceHash; check it against the original, then mark it',
  'missing:   no translation yet; the site shows the original with a notice',
];

/** Rows as aligned columns; with `numbers`, every column but the first is aligned to the right. */
function table(rows: readonly (readonly string[])[], numbers = false): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const pad = (cell: string, column: number) =>
    numbers && column > 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  return rows.map((row) => `  ${row.map(pad).join('  ')}`.trimEnd());
}

/** The report of every campaign's translation status. */
export function formatTranslationStatus(statuses: readonly CampaignStatus[]): string {
  if (statuses.length === 0) return 'No campaigns found.';
  let needsLegend = false;
  const sections = statuses.map((status) => {
    const heading = `${status.campaign}: ${status.sources} page(s) and toolkit(s) written in ${status.defaultLocale}`;
    if (status.locales.length === 0) return `${heading}; no other locales.`;
    const counts = table(
      [
        ['locale', ...TRANSLATION_STATES],
        ...status.locales.map((locale) => [
          locale.locale,
          ...TRANSLATION_STATES.map((state) => String(locale.counts[state])),
        ]),
      ],
      true,
    );
    const todo = status.locales.flatMap((locale) =>
      locale.items.filter((item) => item.state !== 'translated').map((item) => [locale.locale, item.state, item.file]),
    );
    needsLegend ||= todo.length > 0;
    return [heading, ...counts, ...(todo.length ? ['', ...table(todo)] : [])].join('\n');
  });
  return [...sections, ...(needsLegend ? [NEXT_STEP.join('\n')] : [])].join('\n\n');
}
