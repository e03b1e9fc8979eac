/** The content check of worksheets and their parts: where answer boxes and drawing areas may stand, and what `lines` and `size` take. */
import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { TOOLKIT_COMPONENTS } from '../../../src/lib/components/registry.ts';

const check = (text: string) =>
  checkMdx(
    { pathInCampaign: 'en/toolkits/pack.mdx', displayPath: 'c/en/toolkits/pack.mdx', text },
    { components: TOOLKIT_COMPONENTS, sources: new Map(), facts: [], locale: 'en' },
  ).map((p) => ({ name: p.name, file: p.file, line: p.line, field: p.field, message: p.message, hint: p.hint }));

describe('the worksheet check', () => {
  test('a worksheet with lines="fill", numbered answer boxes, drawing areas and a table has no problem', () => {
    expect(
      check(`<Worksheet title="My plan" lines="fill">

<AnswerBox number={1} label="Three adults I trust" lines={3} />

<AnswerBox label="Anything else" lines="fill" />

<DrawingArea label="Draw a happy face" />

<DrawingArea label="Draw a sad face" size="half" />

| Question | Answer |
| -------- | ------ |
| Who?     |        |

</Worksheet>
`),
    ).toEqual([]);
  });

  test('reports answer boxes and drawing areas outside a worksheet, each on its own line, with a hint', () => {
    const problems = check(`<Activity title="A" minutes={5} purpose="youth-led">

<AnswerBox label="Lost" />

</Activity>

<DrawingArea label="Also lost" />
`);
    expect(problems).toEqual([
      {
        name: 'ComponentOutsideParent',
        file: 'c/en/toolkits/pack.mdx',
        line: 3,
        field: '<AnswerBox>',
        message: '<AnswerBox> is not inside a <Worksheet>',
        hint: expect.stringContaining('parts of a <Worksheet>'),
      },
      expect.objectContaining({
        name: 'ComponentOutsideParent',
        line: 7,
        field: '<DrawingArea>',
        message: '<DrawingArea> is not inside a <Worksheet>',
      }),
    ]);
  });

  test('reports lines that are not a whole number up to 40 or "fill", and an unknown drawing size', () => {
    const problems = check(`<Worksheet title="W" lines="lots">

<AnswerBox label="A" lines={2.5} />

<AnswerBox label="B" lines={100} number={0.5} />

<DrawingArea label="C" size="huge" />

</Worksheet>
`);
    expect(problems.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 1, field: '<Worksheet lines>', message: 'lines is "lots"' },
      { line: 3, field: '<AnswerBox lines>', message: 'lines is "{2.5}"' },
      { line: 5, field: '<AnswerBox lines>', message: 'lines is "{100}"' },
      { line: 5, field: '<AnswerBox number>', message: 'number is "{0.5}"' },
      { line: 7, field: '<DrawingArea size>', message: 'size is "huge"' },
    ]);
  });

  test('says what lines takes', () => {
    const [problem] = checkMdx(
      {
        pathInCampaign: 'en/toolkits/pack.mdx',
        displayPath: 'pack.mdx',
        text: '<Worksheet title="W" lines={-3}>\n\n</Worksheet>\n',
      },
      { components: TOOLKIT_COMPONENTS, sources: new Map(), facts: [], locale: 'en' },
    );
    expect(problem?.expected).toBe('a whole number from 0 to 40 in braces, e.g. lines={15}, or lines="fill"');
  });
});
