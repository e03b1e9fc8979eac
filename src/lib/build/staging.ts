/**
 * Staging a build: `npm run build` writes the site into a folder next to the output folder and
 * swaps it in only when every step has passed, so that a build that stops never leaves a
 * half-written site where one is served from. The folders sit beside the output folder, on the
 * same filesystem, so the swap is two renames; a crashed build's folders are cleared by the next.
 *
 * The staging folder has one name, `<out>.staging`, whichever process builds: Astro writes the
 * output folder's path into the code it bundles, and a name that changed with every build would
 * make every page look changed to its incremental build (src/site/page-cache-key.ts). The process
 * that builds there says so in `<out>.staging.pid`, so that a second build of the same folder
 * stops instead of writing over it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a folder name says about the build that made it: staging (being built; numbered by earlier sidkit versions) or previous (being replaced). */
const LEFTOVER = /^(?<out>.+)\.(?<kind>staging|previous)-(?<pid>\d+)$/;

/** Kept across builds: some organisers publish the output folder as a git worktree (a gh-pages branch). */
const KEPT = '.git';

/** The folder a build writes its site into before it is swapped in for `outDir`. */
export function stagingFolder(outDir: string): string {
  return `${outDir}.staging`;
}

/** The file that names the process building in `outDir`'s staging folder. */
function stagingOwnerFile(outDir: string): string {
  return `${stagingFolder(outDir)}.pid`;
}

/** The process that says it builds in `outDir`'s staging folder, if one does. */
function stagingOwner(outDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(stagingOwnerFile(outDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `outDir`'s staging folder for process `pid`, or returns the process id of the build that
 * is still running there (and then takes nothing).
 */
export function claimStaging(outDir: string, pid = process.pid, isRunning = processIsRunning): number | undefined {
  const owner = stagingOwner(outDir);
  if (owner !== undefined && owner !== pid && isRunning(owner)) return owner;
  mkdirSync(dirname(outDir), { recursive: true });
  writeFileSync(stagingOwnerFile(outDir), `${pid}\n`);
  return undefined;
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
  const owner = stagingOwner(outDir);
  if ((existsSync(stagingFolder(outDir)) || owner !== undefined) && !(owner !== undefined && isRunning(owner))) {
    rmSync(stagingFolder(outDir), { recursive: true, force: true });
    rmSync(stagingOwnerFile(outDir), { force: true });
    cleared.push(basename(stagingFolder(outDir)));
  }
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
  rmSync(stagingOwnerFile(outDir), { force: true });
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

/** Removes a staging folder whose build stopped, and its owner file; the output folder is left as it was. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
  rmSync(`${staging}.pid`, { force: true });
}
