/**
 * Problems that only follow from another. While a campaign's facts.yaml cannot be read, every
 * fact a page names looks unknown: the 1,400 "Unknown fact" errors this makes would bury the
 * one error that matters. They are left out, and counted in one notice at facts.yaml.
 */
import { dirname } from 'node:path';
import { FollowOnProblemsLeftOut, UnknownFact } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';

/**
 * `problems` without those that follow from an unreadable facts file (given by the display
 * path the report uses, e.g. `campaigns/sid-2027/facts.yaml`), plus one notice per such file
 * saying how many were left out.
 */
export function withoutFollowOnProblems(problems: readonly Problem[], unreadableFacts: readonly string[]): Problem[] {
  const folders = unreadableFacts.map((file) => ({
    file,
    folder: `${dirname(file)}/`,
    left: 0,
    files: new Set<string>(),
  }));
  const kept = problems.filter((p) => {
    const cause = p.name === UnknownFact.name ? folders.find(({ folder }) => p.file.startsWith(folder)) : undefined;
    if (!cause) return true;
    cause.left++;
    cause.files.add(p.file);
    return false;
  });
  const notices = folders
    .filter(({ left }) => left > 0)
    .map(({ file, left, files }) =>
      problem(FollowOnProblemsLeftOut, {
        file,
        message: `${left} "Unknown fact" problem(s) in ${files.size} file(s) were left out: while this file cannot be read, every fact looks unknown`,
      }),
    );
  return [...kept, ...notices];
}
