/**
 * A source's table of contents: checking that its paragraph ranges fit together, and
 * finding the section a paragraph belongs to, e.g. for an "About the report" page.
 */
import { OutlineRangeInvalid } from '../errors/catalogue.ts';
import type { DataPath, PathProblem } from '../errors/problem.ts';
import type { OutlineSection, Source } from './source-schema.ts';

/** The sections containing `paragraph`, outermost first; empty when none does. */
export function outlinePath(sections: readonly OutlineSection[], paragraph: number): OutlineSection[] {
  const section = sections.find((s) => s.from <= paragraph && paragraph <= s.to);
  return section ? [section, ...outlinePath(section.sections ?? [], paragraph)] : [];
}

function rangeProblem(path: DataPath, message: string, expected: string): PathProblem {
  return { kind: OutlineRangeInvalid, path, message, expected };
}

/** Paragraphs `from`–`to` as words: "paragraph 5" or "paragraphs 5–7". */
const paragraphs = (from: number, to: number) => (from === to ? `paragraph ${from}` : `paragraphs ${from}–${to}`);

/** Where a section starts when it should start at `next`: after a gap, or inside the section before it. */
function startMessage(section: OutlineSection, next: number): string {
  const starts = `section ${section.id} starts at paragraph ${section.from}`;
  return section.from > next
    ? `${starts}, leaving ${paragraphs(next, section.from - 1)} outside every section`
    : `${starts}, inside the section before it`;
}

/** Sections must run in order without gap or overlap and exactly fill `from`–`to` of `container`. */
function checkSiblings(
  sections: readonly OutlineSection[],
  from: number,
  to: number,
  container: string,
  path: DataPath,
): PathProblem[] {
  const problems: PathProblem[] = [];
  let next = from;
  sections.forEach((section, index) => {
    const at = [...path, index];
    if (section.from !== next)
      problems.push(rangeProblem([...at, 'from'], startMessage(section, next), `paragraph ${next}`));
    if (section.to < section.from) {
      const message = `section ${section.id} ends at paragraph ${section.to}, before it starts`;
      problems.push(rangeProblem([...at, 'to'], message, `at least ${section.from}`));
    }
    if (section.sections) {
      problems.push(
        ...checkSiblings(section.sections, section.from, section.to, `section ${section.id}`, [...at, 'sections']),
      );
    }
    next = section.to + 1;
  });
  const last = sections.at(-1);
  if (last && last.to !== to) {
    const message = `the last section, ${last.id}, ends at paragraph ${last.to}, but ${container} ends at ${to}`;
    problems.push(rangeProblem([...path, sections.length - 1, 'to'], message, `paragraph ${to}`));
  }
  return problems;
}

/** Problems with a source's outline: gaps, overlaps, or ranges outside the document; paths start at `outline`. */
export function checkOutline(source: Source): PathProblem[] {
  return checkSiblings(source.outline, 1, source.paragraphs, source.symbol, ['outline']);
}
