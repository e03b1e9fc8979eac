import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { PAGE_COMPONENTS } from '../../../src/lib/components/registry.ts';
import type { SourceFile } from '../../../src/lib/content/campaign-tree.ts';

const file = (body: string): SourceFile => ({
  pathInCampaign: 'en/toolkits/pack.mdx',
  displayPath: 'campaigns/demo/en/toolkits/pack.mdx',
  text: `---\ntitle: T\n---\n\n${body}\n`,
});
const check = (body: string) =>
  checkMdx(file(body), { components: PAGE_COMPONENTS, sources: new Map(), facts: [], locale: 'en' });

describe('Markdown tables in the content check', () => {
  test('a row with more cells than its header is a warning naming the file and the row’s line', () => {
    const problems = check(
      'Intro.\n\n| Time | Activity |\n|---:|---|\n| 15 min | Cards |\n| 10 min | Quiz | Extra |\n',
    );
    expect(
      problems.map(({ name, severity, file, line, message }) => ({ name, severity, file, line, message })),
    ).toEqual([
      {
        name: 'TableRowTooLong',
        severity: 'warning',
        file: 'campaigns/demo/en/toolkits/pack.mdx',
        line: 10,
        message: 'this row has 3 cells but the header has 2, so 1 would not be shown',
      },
    ]);
    expect(problems[0]?.expected).toBe('at most 2 cells per row, as many as the header');
  });

  test('rows as long as the header, or shorter, are fine, in every table of the file', () => {
    expect(check('| A | B |\n|---|---|\n| 1 | 2 |\n| 3 |\n\n| C |\n|---|\n| 4 |\n')).toEqual([]);
  });

  test('every long row of every table is reported, in order', () => {
    const lines = check('| A |\n|---|\n| 1 | 2 |\n\nText.\n\n| B | C |\n|---|---|\n| 3 | 4 | 5 | 6 |\n').map(
      (p) => p.line,
    );
    expect(lines).toEqual([7, 13]);
  });
});
