import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { TOOLKIT_COMPONENTS } from '../../../src/lib/components/registry.ts';

const check = (text: string) =>
  checkMdx(
    { pathInCampaign: 'en/toolkits/pack.mdx', displayPath: 'c/en/toolkits/pack.mdx', text },
    { components: TOOLKIT_COMPONENTS, sources: new Map(), facts: [], locale: 'en' },
  ).map((p) => ({ name: p.name, file: p.file, line: p.line, field: p.field, message: p.message }));

const good = `<Quiz title="Q">

<Question text="Which?" answer="b">
<Option id="a">A</Option>
<Option id="b">B</Option>
<Feedback>Because.</Feedback>
</Question>

<Question kind="true-false" text="True?" answer="false">
<Feedback>No.</Feedback>
</Question>

</Quiz>
`;

describe('the quiz check', () => {
  test('a well-written quiz has no problem', () => {
    expect(check(good)).toEqual([]);
  });

  test('text or a component written in a quiz or question outside its parts is reported, as the PDF would leave it out', () => {
    const stray = good
      .replace('<Question text="Which?" answer="b">\n', '<Question text="Which?" answer="b">\nA hint for pupils.\n\n')
      .replace('<Quiz title="Q">\n', '<Quiz title="Q">\n\nRead every question twice.\n');
    expect(check(stray)).toEqual([
      expect.objectContaining({
        name: 'QuizQuestionInvalid',
        line: 3,
        field: '<Quiz>',
        message: expect.stringMatching(/^text is written inside <Quiz> but outside its <Question>/),
      }),
      expect.objectContaining({
        name: 'QuizQuestionInvalid',
        line: 6,
        field: '<Question>',
        message: expect.stringMatching(/^text is written inside <Question> but outside its <Option> and <Feedback>/),
      }),
    ]);
  });

  test('reports every problem of every question in one run, with its file and line', () => {
    const bad = `<Quiz title="Q">

<Question text="Which?" answer="c">
<Option id="a">A</Option>
<Option id="b">B</Option>
</Question>

<Question text="Only one?" answer="a">
<Option id="a">A</Option>
<Option id="a">A again</Option>
<Feedback>Why.</Feedback>
</Question>

<Question text="Lonely?" answer="a">
<Option id="a">A</Option>
<Feedback>Why.</Feedback>
</Question>

<Question kind="true-false" text="Yes?" answer="yes">
<Feedback>Why.</Feedback>
</Question>

</Quiz>

<Question text="Outside?" answer="a">
<Option id="a">A</Option>
<Option id="b">B</Option>
<Feedback>Why.</Feedback>
</Question>

<Feedback>Loose.</Feedback>
`;
    const problems = check(bad);
    expect(problems.every((p) => p.name === 'QuizQuestionInvalid' && p.file === 'c/en/toolkits/pack.mdx')).toBe(true);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, '<Question> <Feedback>', 'the question has no <Feedback>'],
      [3, '<Question answer>', 'answer is "c", which no option has as its id'],
      [10, '<Option id>', 'two options have the id "a"'],
      [14, '<Question> <Option>', 'the question has 1 option(s)'],
      [19, '<Question answer>', 'answer is "yes"'],
      [25, '<Question>', '<Question> is not inside a <Quiz>'],
      [31, '<Feedback>', '<Feedback> is not inside a <Question>'],
    ]);
  });

  test('a question without text or answer is caught by the attribute check, an unknown kind too', () => {
    const problems = check(good.replace('text="Which?" answer="b"', 'kind="essay"'));
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['<Question text>', '<Question answer>', '<Question kind>']),
    );
  });
});
