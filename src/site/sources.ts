/**
 * Sourced data for rendering: the source registry, each campaign's facts and help
 * directory. Read once per build; the content check has already validated them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { campaignsDir } from '../lib/content/campaigns-dir.ts';
import { loadFacts } from '../lib/sources/facts.ts';
import { loadHelp } from '../lib/sources/help.ts';
import { loadSourceRegistry } from '../lib/sources/registry.ts';
import type { Fact } from '../lib/sources/fact-schema.ts';
import type { HelpEntry } from '../lib/sources/help-schema.ts';
import type { Source } from '../lib/sources/source-schema.ts';
import { cachedInBuild } from './build-cache.ts';
import { SOURCES_DIR } from './sources-dir.ts';

const memo = <T>(load: (key: string) => Promise<T>) => cachedInBuild(load, (key) => key);

/** Registered sources by symbol. */
export const sourceRegistry: () => Promise<ReadonlyMap<string, Source>> = (() => {
  const load = memo(async (dir) => (await loadSourceRegistry(dir)).sources);
  return () => load(SOURCES_DIR);
})();

/** A campaign's facts (empty when it has no facts.yaml). */
export const campaignFacts = memo(async (campaign): Promise<readonly Fact[]> => {
  const file = join(campaignsDir(), campaign, 'facts.yaml');
  if (!existsSync(file)) return [];
  return (await loadFacts(file, { sources: await sourceRegistry(), locales: [] })).facts;
});

/** A campaign's help directory (empty when it has no help.yaml). */
export const campaignHelp = memo(async (campaign): Promise<readonly HelpEntry[]> => {
  const file = join(campaignsDir(), campaign, 'help.yaml');
  return existsSync(file) ? (await loadHelp(file)).entries : [];
});
