/**
 * Sourced data for rendering, from the project model: the source registry, and each
 * campaign's facts and help directory. The content check has already validated them.
 */
import type { Fact } from '../lib/sources/fact-schema.ts';
import type { HelpEntry } from '../lib/sources/help-schema.ts';
import type { Source } from '../lib/sources/source-schema.ts';
import { campaignById } from '../lib/model/project.ts';
import { projectModel } from './project-model.ts';

/** Registered sources by symbol. */
export function sourceRegistry(): ReadonlyMap<string, Source> {
  return projectModel().context.sources;
}

/** A campaign's facts (empty when it has no facts.yaml). */
export function campaignFacts(campaign: string): readonly Fact[] {
  return campaignById(projectModel(), campaign)?.facts ?? [];
}

/** A campaign's help directory (empty when it has no help.yaml). */
export function campaignHelp(campaign: string): readonly HelpEntry[] {
  return campaignById(projectModel(), campaign)?.help ?? [];
}
