/**
 * The file that marks a built folder incomplete. Pages are written before the finishing steps
 * (toolkit PDFs, download sizes, search index) run; when one of them stops the build, the
 * folder has pages without their PDFs or search. The marker, written before the finishing
 * steps and removed once they all pass, says so to whoever would publish the folder.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker's name in the output folder. */
export const INCOMPLETE_MARKER = 'BUILD-INCOMPLETE.txt';

const EXPLANATION = `This folder is an incomplete build of the site: its pages were written, but a later step
(toolkit PDFs, download sizes or the search index) stopped the build, so some files are missing.
Do not publish it. Fix the problems the build reported and build again: a build that succeeds
removes this file.
`;

/** Marks the folder `root` incomplete; returns the marker's path. */
export function markIncomplete(root: string): string {
  const path = join(root, INCOMPLETE_MARKER);
  writeFileSync(path, EXPLANATION);
  return path;
}

/** Removes the marker once every step has passed. */
export function markComplete(root: string): void {
  rmSync(join(root, INCOMPLETE_MARKER), { force: true });
}
