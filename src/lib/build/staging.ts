/**
 * Staging a build: `npm run build` writes the site into a folder next to the output folder and
 * swaps it in only when every step has passed, so that a build that stops never leaves a
 * half-written site where one is served from. The folders sit beside the output folder, on the
 * same filesystem, so the swap is two renames; a crashed build's folders are cleared by the next.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a folder name says about the build that made it: staging (being built) or previous (being replaced). */
const LEFTOVER = /^(?<out>.+)\.(?<kind>staging|previous)-(?<pid>\d+)$/;

/** Kept across builds: some organisers publish the output folder as a git worktree (a gh-pages branch). */
const KEPT = '.git';

/** The folder the build of process `pid` writes its site into before it is swapped in for `outDir`. */
export function stagingFolder(outDir: string, pid = process.pid): string {
  return `${outDir}.staging-${pid}`;
}

/** Where `outDir`'s previous site is moved while the new one is swapped in. */
function previousFolder(outDir: string, pid: number): string {
  return `${outDir}.previous-${pid}`;
}

/** Whether process `pid` is still running (on this machine), so that its folders are not taken from under it. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears what builds that are no longer running left beside `outDir`: their staging folders, and
 * the previous site of a swap that was cut short, which is put back if `outDir` went missing.
 * Returns the names of the folders removed or restored.
 */
export function clearLeftoverFolders(outDir: string, isRunning = processIsRunning): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const cleared: string[] = [];
  for (const name of readdirSync(parent).sort()) {
    const match = LEFTOVER.exec(name)?.groups;
    if (!match || match.out !== basename(outDir) || isRunning(Number(match.pid))) continue;
    const path = join(parent, name);
    if (match.kind === 'previous' && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
    cleared.push(name);
  }
  return cleared;
}

/**
 * Makes the finished site in `staging` the one in `outDir`: the old site is renamed away, the
 * new one renamed in, then the old one deleted; `outDir`'s `.git` moves to the new site. Works
 * as well when `outDir` does not exist yet.
 */
export function publishStaging(staging: string, outDir: string, pid = process.pid): void {
  if (!existsSync(outDir)) {
    renameSync(staging, outDir);
    return;
  }
  if (existsSync(join(outDir, KEPT))) renameSync(join(outDir, KEPT), join(staging, KEPT));
  const previous = previousFolder(outDir, pid);
  renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder whose build stopped; the output folder is left as it was. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
