/**
 * Reads one campaign's campaign.yaml: the only place it is parsed and validated. The content
 * check, the content collections, the build planner, the PDF step and the organiser commands
 * all take a campaign's settings from here, so they agree on what is valid and report it alike.
 */
import type { z } from 'astro/zod';
import * as kinds from '../errors/catalogue.ts';
import type { PathProblem, Problem, ProblemKind } from '../errors/problem.ts';
import { campaignFieldGuide, campaignSchema, type CampaignConfig } from '../content/campaign-schema.ts';
import type { CampaignListing, SourceFile } from '../content/campaign-tree.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';

/** The settings of one campaign, or the problems that make them unusable. */
export interface CampaignSettings {
  config: CampaignConfig | undefined;
  problems: readonly Problem[];
  /** Places a later check's problem at its line in campaign.yaml. */
  locate(problem: PathProblem): Problem;
}

function campaignKindForIssue(issue: z.core.$ZodIssue, field: string): ProblemKind | undefined {
  const tag = issue.code === 'custom' ? (issue.params as { kind?: string } | undefined)?.kind : undefined;
  if (tag === 'contrast') return kinds.LowContrastColour;
  if (tag === 'ui-key') return kinds.UnknownUiString;
  if (field === 'date') return kinds.InvalidDate;
  if (/^(defaultLocale|locales(\.\d+)?|ui\.[^.]+)$/.test(field) && issue.message.includes('not a locale'))
    return kinds.UnknownLocale;
  return undefined;
}

/** Parses and validates `file`, the campaign.yaml of `folder`, and checks that its logo file exists. */
export function readCampaignSettings(folder: CampaignListing, file: SourceFile): CampaignSettings {
  const { data, problems, locate } = readYamlFile(file.displayPath, file.text, campaignSchema, {
    kind: kinds.CampaignFieldInvalid,
    guide: campaignFieldGuide,
    kindForIssue: campaignKindForIssue,
  });
  if (!data) return { config: undefined, problems, locate };
  const logo = data.brand.logo;
  if (logo && !folder.files.includes(logo)) {
    const missing = locate({
      kind: kinds.LogoInvalid,
      path: ['brand', 'logo'],
      message: `there is no file "${logo}" in ${folder.id}/`,
      expected: campaignFieldGuide['brand.logo'],
    });
    return { config: undefined, problems: [missing], locate };
  }
  return { config: data, problems: [], locate };
}
