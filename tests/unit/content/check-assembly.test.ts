import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { countWords, SLIDE_WORD_LIMIT } from '../../../src/lib/content/check-assembly.ts';
import { TOOLKIT_COMPONENTS } from '../../../src/lib/components/registry.ts';

const check = (text: string, locale = 'en') =>
  checkMdx(
    { pathInCampaign: `${locale}/toolkits/pack.mdx`, displayPath: `c/${locale}/toolkits/pack.mdx`, text },
    { components: TOOLKIT_COMPONENTS, sources: new Map(), facts: [], locale },
  ).map((p) => ({
    name: p.name,
    severity: p.severity,
    file: p.file,
    line: p.line,
    field: p.field,
    message: p.message,
  }));

const good = `<Assembly title="Assembly" minutes={15}>

<Slide title="Who can you tell?">

- A parent or carer
- A teacher

<SpeakerNotes>

Ask everyone to think of one trusted adult.

</SpeakerNotes>
</Slide>

</Assembly>
`;

describe('the assembly check', () => {
  test('a well-written assembly has no problem', () => {
    expect(check(good)).toEqual([]);
  });

  test('reports every misplaced part in one run, with its file and line', () => {
    const bad = `<Slide title="Lost">

Outside.

</Slide>

<Assembly title="A" minutes={15}>

<Slide title="One">

<SpeakerNotes>First.</SpeakerNotes>

<SpeakerNotes>Second.</SpeakerNotes>

</Slide>

<Callout kind="note">
<Slide title="In a box">Boxed.</Slide>
</Callout>

</Assembly>

<SpeakerNotes>Nobody's.</SpeakerNotes>

<Assembly title="B" minutes={5}>
</Assembly>
`;
    expect(check(bad).filter((p) => p.name === 'AssemblyInvalid')).toEqual([
      expect.objectContaining({ line: 1, field: '<Slide>', message: '<Slide> is not inside an <Assembly>' }),
      expect.objectContaining({ line: 13, field: '<SpeakerNotes>', message: 'the slide has a second <SpeakerNotes>' }),
      expect.objectContaining({ line: 18, field: '<Slide>', message: '<Slide> is inside <Callout>' }),
      expect.objectContaining({ line: 23, field: '<SpeakerNotes>', message: '<SpeakerNotes> is not inside a <Slide>' }),
      expect.objectContaining({
        line: 25,
        field: '<Assembly>',
        message: 'this is assembly 2 of the toolkit',
        file: 'c/en/toolkits/pack.mdx',
      }),
    ]);
  });

  test('an assembly without slides and a slide without a title are errors', () => {
    const problems = check('<Assembly title="A" minutes={15}>\n\nJust text.\n\n</Assembly>\n');
    expect(problems).toEqual([
      expect.objectContaining({ name: 'AssemblyInvalid', line: 1, message: 'the assembly has no <Slide>' }),
    ]);
    const untitled = check('<Assembly title="A" minutes={15}>\n\n<Slide>\n\nHi.\n\n</Slide>\n\n</Assembly>\n');
    expect(untitled).toEqual([
      expect.objectContaining({ name: 'ComponentAttributeInvalid', line: 3, field: '<Slide title>' }),
    ]);
  });

  test('warns about a slide with more words than a hall can read, leaving its notes out of the count', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = (shown: number, said: number) =>
      `<Assembly title="A" minutes={15}>\n\n<Slide title="T">\n\n${words(shown)}\n\n<SpeakerNotes>\n\n${words(said)}\n\n</SpeakerNotes>\n</Slide>\n\n</Assembly>\n`;
    expect(check(text(SLIDE_WORD_LIMIT, 200))).toEqual([]);
    expect(check(text(SLIDE_WORD_LIMIT + 1, 0))).toEqual([
      expect.objectContaining({
        name: 'SlideTooWordy',
        severity: 'warning',
        line: 3,
        message: `the slide shows ${SLIDE_WORD_LIMIT + 1} words`,
      }),
    ]);
  });

  test('counts words in scripts written without spaces', () => {
    expect(countWords('你可以告诉你信任的大人。', 'zh')).toBeGreaterThan(3);
    expect(countWords('أخبر شخصًا تثق به', 'ar')).toBe(4);
    expect(countWords('Stop, block, tell!', 'en')).toBe(3);
  });
});
