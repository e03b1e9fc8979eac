/**
 * The HTML contract between the components' templates and the PDF converter, on real output:
 * every toolkit component that the PDF prints is rendered by its own Astro template through
 * the container API, in English, Arabic and Chinese, then converted to Typst and compiled.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, test } from 'vitest';
import { componentTemplate } from '../../src/components/mdx/index.ts';
import { createTranslate } from '../../src/i18n/translate.ts';
import { COMPONENTS } from '../../src/lib/components/registry.ts';
import { PdfCompiler } from '../../src/lib/pdf/compile.ts';
import { loadFonts } from '../../src/lib/pdf/fonts.ts';
import { componentLabels } from '../../src/lib/pdf/toolkit-labels.ts';
import { buildDocument } from '../../src/lib/typst/document.ts';
import { hastToTypst } from '../../src/lib/typst/hast-to-typst.ts';
import type { RenderContext } from '../../src/site/render-context.ts';
import { sampleInput } from '../unit/pdf/fixtures/samples.ts';
import { namedDestinations, pdfText } from '../helpers/pdf-inspect.ts';

/**
 * How each printable component is rendered here: its props and its content, as MDX would pass
 * them. HelpBox lists the campaign's help directory from the content collections, which the
 * container does not load: the gate tests/gates/component-contract.test.ts checks it on the
 * built demo instead.
 */
interface ContractCase {
  props?: Record<string, unknown>;
  slot?: string;
  /** The component it must sit inside, rendered around it, as in a page. */
  insideOf?: { component: string; props: Record<string, unknown> };
}
const CASES: Readonly<Record<string, ContractCase | 'built demo only'>> = {
  Activity: {
    props: {
      id: 'activity-1',
      title: 'Real or fake?',
      minutes: 15,
      purpose: 'start-conversations',
      materials: 'Cards; pens',
    },
    slot: '<p>Hand out the cards.</p>',
  },
  Steps: { slot: '<ol><li>Read the card.</li><li>Decide.</li></ol>' },
  Discussion: { slot: '<ul><li>What made you unsure?</li></ul>' },
  Worksheet: { props: { id: 'worksheet-1', title: 'My plan', lines: 3 }, slot: '<p>Write three ideas.</p>' },
  AnswerBox: {
    props: { label: 'Two adults I trust', lines: 2, number: 1 },
    insideOf: { component: 'Worksheet', props: { id: 'worksheet-2', title: 'My answers' } },
  },
  DrawingArea: {
    props: { label: 'Draw your helper', size: 'half' },
    insideOf: { component: 'Worksheet', props: { id: 'worksheet-3', title: 'My drawing' } },
  },
  Vocabulary: {},
  Callout: { props: { kind: 'warning' }, slot: '<p>Never share passwords.</p>' },
  HelpBox: 'built demo only',
  Cite: { props: { source: 'A/HRC/28/56', para: '61' } },
  // The questions inside are the rendered HTML of <Question>, <Option> and <Feedback>, as MDX would pass it.
  Quiz: {
    props: { id: 'quiz-1', title: 'Quick quiz' },
    slot: `<li data-quiz-question data-answer="b" data-kind="choice" data-text="Which is safer?"><fieldset><legend>Which is safer?</legend>
<label data-quiz-option="a"><input type="radio" value="a"><span data-quiz-option-text>Sharing passwords</span></label>
<label data-quiz-option="b"><input type="radio" value="b"><span data-quiz-option-text>Keeping passwords secret</span></label>
<details data-quiz-feedback><summary>Show the answer</summary><div><p>Secret passwords protect you.</p></div></details>
</fieldset></li>`,
  },
  Fact: { props: { id: 'child-helplines' } },
  // The slide inside is the rendered HTML of <Slide> and <SpeakerNotes>, as MDX would pass it.
  Assembly: {
    props: { id: 'assembly-1', title: 'Morning assembly', minutes: 15 },
    slot: `<li data-slide data-title="Who can you tell?"><h3 data-pdf="skip"><span data-slide-label></span>Who can you tell?</h3>
<div data-slide-content><ul><li>A teacher</li></ul>
<details data-speaker-notes open><summary>What to say</summary><div data-speaker-notes-text><p>Name one trusted adult.</p></div></details>
</div></li>`,
  },
};

const printable = COMPONENTS.filter((component) => component.usedIn.includes('toolkit') && component.pdf.length > 0);
const LOCALES = ['en', 'ar', 'zh'] as const;

let container: AstroContainer;
let compiler: PdfCompiler;
beforeAll(async () => {
  container = await AstroContainer.create();
  compiler = PdfCompiler.create(await loadFonts());
});

/** The render context a toolkit page sets before its content renders. */
function contextFor(locale: string): RenderContext {
  return {
    campaign: 'sid-2027',
    locale,
    contentLocale: locale,
    citations: [
      { source: 'A/HRC/28/56', para: '61', note: 1 },
      // The Fact case's figure, child-helplines, is cited from paragraph 48.
      { source: 'A/HRC/28/56', para: '48', note: 2 },
    ],
    toolkit: {
      data: {
        title: 'Contract',
        summary: 'Every component once.',
        audience: 'ages-11-14',
        objectives: [],
        vocabulary: [{ term: 'Privacy', definition: 'Keeping some things to yourself.' }],
        duration: 15,
      } as NonNullable<RenderContext['toolkit']>['data'],
      slug: 'contract',
    },
  };
}

test('every component the PDF prints has a case here', () => {
  expect(Object.keys(CASES).sort()).toEqual(printable.map((component) => component.name).sort());
});

describe.each(LOCALES)('components rendered in %s', (locale) => {
  test('convert to Typst without a problem and compile without a warning', async () => {
    const labels = componentLabels(createTranslate(locale));
    const parts: string[] = [];
    for (const component of printable) {
      const testCase = CASES[component.name]!;
      if (testCase === 'built demo only') continue;
      const { props = {}, slot, insideOf } = testCase;
      const render = (name: string, renderProps: Record<string, unknown>, content?: string) =>
        container.renderToString(componentTemplate(name), {
          props: renderProps,
          ...(content ? { slots: { default: content } } : {}),
          locals: { sidkit: contextFor(locale) },
        });
      const own = await render(component.name, props, slot);
      const html = insideOf ? await render(insideOf.component, insideOf.props, own) : own;
      // An inline component stands in a paragraph, as it does in a page.
      parts.push(component.pdf.every((part) => part.placement === 'inline') ? `<p>Text ${html}</p>` : html);
      const conversion = hastToTypst(fromHtml(parts.at(-1)!, { fragment: true }), {
        labels,
        resolveImage: () => undefined,
      });
      expect(conversion.problems, component.name).toEqual([]);
      for (const part of component.pdf.filter((item) => item.key !== 'noteref'))
        expect(conversion.markup, component.name).toMatch(new RegExp(`#sidkit-(${part.key}|noteref)\\b`));
    }
    const body = hastToTypst(fromHtml(parts.join('\n'), { fragment: true }), { labels, resolveImage: () => undefined });
    const source = buildDocument({
      ...sampleInput(locale),
      bodyMarkup: body.markup,
      endnotes: body.endnotes,
      helplinesMarkup: '',
    });
    const result = compiler.compile({ source, creationTimestamp: 1_800_000_000 });
    expect(result.warnings).toEqual([]);
    // The rendered ids label the titles, so deep links can open the PDF at them.
    expect([...namedDestinations(result.pdf).keys()].sort()).toEqual([
      'activity-1',
      'assembly-1',
      'worksheet-1',
      'worksheet-2',
      'worksheet-3',
    ]);
    const text = pdfText(result.pdf).replace(/\s+/g, '');
    for (const word of [
      'Real or fake?',
      'My plan',
      'Privacy',
      'Quick quiz',
      'Which is safer?',
      'Secret passwords protect you.',
      'Two adults I trust',
      'Draw your helper',
      // The assembly prints as a script: its title, the slide's title and content, then what to say.
      'Morning assembly',
      'Who can you tell?',
      'A teacher',
      'Name one trusted adult.',
    ])
      expect(text).toContain(word.replace(/\s+/g, ''));
    // The notes follow the script's "Say:"; MuPDF reads the damma of the Arabic "قُل:" out of order, so en and zh only.
    if (locale !== 'ar')
      expect(text).toContain(`${createTranslate(locale)('assembly.say')}Nameonetrustedadult.`.replace(/\s+/g, ''));
    expect(text).toContain(createTranslate(locale)('callout.warning').replace(/\s+/g, ''));
    // The quiz's answer key comes last: the quiz's title again, then the correct option and the feedback.
    const keyStart = text.lastIndexOf('Quickquiz');
    expect(keyStart).toBeGreaterThan(text.indexOf('Whichissafer?'));
    expect(text.slice(keyStart)).toMatch(/^Quickquiz1\.KeepingpasswordssecretSecretpasswordsprotectyou\./);
    // MuPDF reads the lam-alef ligature of the Arabic title out of order, so the title is compared in en and zh.
    if (locale !== 'ar')
      expect(text.slice(0, keyStart)).toMatch(
        new RegExp(`${createTranslate(locale)('quiz.answerKey').replace(/\s+/g, '')}$`),
      );
    // The fact card puts its figure on a line of its own, apart from its label.
    expect(pdfText(result.pdf).split('\n')).toContain('179');
  });
});
