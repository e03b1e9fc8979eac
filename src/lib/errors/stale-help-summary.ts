/**
 * The end of `npm run check`'s report that lists help entries due for re-checking per
 * campaign and country: whoever checks a country's numbers gets that country's list in one
 * place, instead of picking warnings out of help.yaml's.
 */
import { areaName, staleEntryWarnings } from '../sources/help.ts';
import type { HelpEntry } from '../sources/help-schema.ts';

/** A campaign's id and help entries, as the project model holds them. */
export interface CampaignHelp {
  readonly id: string;
  readonly help: readonly HelpEntry[];
}

/**
 * E.g. "Help entries to re-check, by country (last verified over 12 months before 2027-01-10):"
 * then one line per campaign and country, worldwide and Europe-wide first, with each entry's id
 * and date; undefined when no entry is due.
 */
export function staleHelpSummary(campaigns: readonly CampaignHelp[], today: string): string | undefined {
  const lines: string[] = [];
  for (const campaign of campaigns) {
    const byCountry = new Map<string, HelpEntry[]>();
    for (const warning of staleEntryWarnings(campaign.help, today)) {
      const entry = campaign.help[warning.path[0] as number]!;
      byCountry.set(entry.country, [...(byCountry.get(entry.country) ?? []), entry]);
    }
    const areasFirst = (code: string) => ['INT', 'EU'].indexOf(code) >>> 0;
    const codes = [...byCountry.keys()].sort((a, b) => areasFirst(a) - areasFirst(b) || a.localeCompare(b));
    for (const code of codes) {
      const entries = byCountry.get(code)!;
      const list = entries.map((entry) => `${entry.id} (${entry.lastVerified})`).join(', ');
      lines.push(`  ${campaign.id}, ${areaName(code, 'en', 'worldwide')} (${code}): ${entries.length} — ${list}`);
    }
  }
  return lines.length
    ? [`Help entries to re-check, by country (last verified over 12 months before ${today}):`, ...lines].join('\n')
    : undefined;
}
