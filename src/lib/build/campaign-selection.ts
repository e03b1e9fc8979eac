/**
 * Building some campaigns only: `npm run build -- --campaign <name>` (or several names, comma-separated
 * or one flag each). The choice reaches every `astro build` it starts through SIDKIT_BUILD_CAMPAIGNS,
 * and the project model (src/lib/model/project.ts) then holds those campaigns alone, so that their
 * pages, toolkits, PDFs, search index and the site-level pages are built as if they were the only ones.
 */
import { UnknownCampaign } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';

/** The environment variable that names the campaigns a build is limited to, comma-separated. */
export const BUILD_CAMPAIGNS_ENV = 'SIDKIT_BUILD_CAMPAIGNS';

/** The campaign names in a comma-separated list, or undefined when it names none (every campaign is built). */
export function campaignList(value: string | undefined): string[] | undefined {
  const names = value
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names?.length ? [...new Set(names)] : undefined;
}

/** The build's arguments split into the campaigns `--campaign` names and the arguments left for `astro build`. */
export function parseCampaignArgs(args: readonly string[]): {
  campaigns?: string[];
  rest: string[];
  missingValue: boolean;
} {
  const named: string[] = [];
  const rest: string[] = [];
  let missingValue = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--campaign=')) named.push(arg.slice('--campaign='.length));
    else if (arg !== '--campaign') rest.push(arg);
    else if (args[index + 1] === undefined || args[index + 1]!.startsWith('--')) missingValue = true;
    else named.push(args[++index]!);
  }
  const campaigns = campaignList(named.join(','));
  return { ...(campaigns ? { campaigns } : {}), rest, missingValue };
}

/**
 * A problem for each asked-for campaign that is not a folder of the campaigns folder (`campaignsDir`, as
 * shown to the organiser), listing the campaigns there are; `missingValue` when `--campaign` had no name.
 */
export function unknownCampaigns(
  asked: readonly string[],
  existing: readonly string[],
  campaignsDir: string,
  missingValue = false,
): Problem[] {
  const there = existing.length ? existing.join(', ') : `none: ${campaignsDir}/ has no campaign folders`;
  const unknown = (message: string, field: string) =>
    problem(UnknownCampaign, { file: `${campaignsDir}/`, field, message, expected: `one of: ${there}` });
  return [
    ...(missingValue ? [unknown('--campaign was given without a campaign name', '--campaign')] : []),
    ...asked
      .filter((name) => !existing.includes(name))
      .map((name) => unknown(`there is no campaign "${name}" in ${campaignsDir}/`, `--campaign ${name}`)),
  ];
}
