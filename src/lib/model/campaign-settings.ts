/**
 * Reads one campaign's campaign.yaml: the only place it is parsed and validated. The content
 * check, the content collections, the build planner, the PDF step and the organiser commands
 * all take a campaign's settings from here, so they agree on what is valid and report it alike.
 */
import type { z } from 'astro/zod';
import { posix } from 'node:path';
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

/** Why `path`, written in campaign.yaml, names no file of the campaign folder; undefined when it names one. */
export function missingCampaignFile(folder: CampaignListing, path: string): string | undefined {
  const normal = posix.normalize(path);
  if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
    return `"${path}" is outside the campaign folder ${folder.id}/`;
  return folder.files.includes(normal) ? undefined : `there is no file "${path}" in ${folder.id}/`;
}

/** The files campaign.yaml points at, each with the problem kind to report when it is not there. */
const REFERENCED_FILES = [
  { field: 'logo', kind: kinds.LogoInvalid },
  { field: 'keyVisual', kind: kinds.KeyVisualInvalid },
] as const;

/** Parses and validates `file`, the campaign.yaml of `folder`, and checks that its logo and key visual exist. */
export function readCampaignSettings(folder: CampaignListing, file: SourceFile): CampaignSettings {
  const { data, problems, locate } = readYamlFile(file.displayPath, file.text, campaignSchema, {
    kind: kinds.CampaignFieldInvalid,
    guide: campaignFieldGuide,
    kindForIssue: campaignKindForIssue,
  });
  if (!data) return { config: undefined, problems, locate };
  const missing = REFERENCED_FILES.flatMap(({ field, kind }) => {
    const path = data.brand[field];
    const message = path === undefined ? undefined : missingCampaignFile(folder, path);
    return message
      ? [locate({ kind, path: ['brand', field], message, expected: campaignFieldGuide[`brand.${field}`] })]
      : [];
  });
  return missing.length > 0 ? { config: undefined, problems: missing, locate } : { config: data, problems: [], locate };
}
