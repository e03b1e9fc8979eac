/**
 * Ids in list files (facts.yaml, help.yaml, events.yaml) must be unique, because pages refer
 * to an entry by its id.
 */
import { DuplicateId } from '../errors/catalogue.ts';
import type { PathProblem } from '../errors/problem.ts';

/** A problem at each entry whose id an earlier entry already has; paths are `[index, 'id']`. One pass, for long lists. */
export function duplicateIds(entries: readonly { readonly id: string }[]): PathProblem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return [];
    }
    return [
      {
        kind: DuplicateId,
        path: [index, 'id'],
        message: `"${entry.id}" is already the id of an earlier entry`,
        expected: 'an id used once in the file',
      },
    ];
  });
}
