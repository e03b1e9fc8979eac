/**
 * Per-file results of the content check, kept between builds: a file whose text, folder
 * (its campaign's settings, facts and file list) and sidkit's checking code are unchanged
 * gets the problems it had last time without being parsed and checked again. An organiser who
 * fixes one typo waits for one file's check.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentCodeDigest } from '../build/code-digest.ts';
import type { Problem } from '../errors/problem.ts';
import type { CampaignCheckContext } from '../model/campaign-data.ts';
import type { SourceFile } from './campaign-tree.ts';

/** Check results by key; `checkProject` asks before checking a file and records what it found. */
export interface CheckCache {
  get(key: string): readonly Problem[] | undefined;
  set(key: string, problems: readonly Problem[]): void;
}

/**
 * The part of a file's key its folder gives: what the checks of one file read besides its text.
 * `settings` is the campaign's configuration, `facts` its facts and `files` its file listing.
 */
export function folderCheckDigest(
  folderId: string,
  inputs: { settings: unknown; facts: unknown; files: readonly string[] },
  context: CampaignCheckContext,
): string {
  return createHash('sha256')
    .update(contentCodeDigest())
    .update(JSON.stringify([folderId, inputs.settings, inputs.facts, [...inputs.files].sort(), context.today]))
    .digest('hex');
}

/** The key of one file's check: its folder's digest, its path and its text. */
export function fileCheckKey(folderDigest: string, file: SourceFile): string {
  return createHash('sha256')
    .update(folderDigest)
    .update(`\0${file.pathInCampaign}\0${file.displayPath}\0`)
    .update(file.text)
    .digest('hex');
}

/**
 * A cache kept in one JSON file: read when opened, written by `save` with only the keys this run
 * used. One cache can serve several checks (the dev server's re-check on every edit).
 */
export interface FileCheckCache extends CheckCache {
  /** How many files were answered from the cache, and how many were checked. */
  readonly stats: { reused: number; checked: number };
  save(): void;
}

/** The check cache of `dir` (the build cache folder), or none when the build cache is off (`undefined`). */
export function openCheckCache(dir: string | undefined): FileCheckCache | undefined {
  if (!dir) return undefined;
  const file = join(dir, 'content-check.json');
  let previous: Record<string, Problem[]> = {};
  try {
    if (existsSync(file)) previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Problem[]>;
  } catch {
    // An unreadable cache is an empty one: every file is checked again.
  }
  const next: Record<string, readonly Problem[]> = {};
  const stats = { reused: 0, checked: 0 };
  return {
    stats,
    get(key) {
      const found = Object.hasOwn(next, key) ? next[key] : Object.hasOwn(previous, key) ? previous[key] : undefined;
      if (found) {
        stats.reused++;
        next[key] = found;
      }
      return found;
    },
    set(key, problems) {
      stats.checked++;
      next[key] = problems;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(next));
    },
  };
}
