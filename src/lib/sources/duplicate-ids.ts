/**
 * Ids in list files (facts.yaml, help.yaml) must be unique, because pages refer to an
 * entry by its id.
 */
import { DuplicateId } from '../errors/catalogue.ts';
import type { PathProblem } from '../errors/problem.ts';

/** A problem at each entry whose id an earlier entry already has; paths are `[index, 'id']`. */
export function duplicateIds(entries: readonly { readonly id: string }[]): PathProblem[] {
  return entries.flatMap((entry, index) =>
    entries.findIndex((other) => other.id === entry.id) < index
      ? [
          {
            kind: DuplicateId,
            path: [index, 'id'],
            message: `"${entry.id}" is already the id of an earlier entry`,
            expected: 'an id used once in the file',
          },
        ]
      : [],
  );
}
