/**
 * Checks the assembly of an MDX file, so that it prints as slides: at most one `<Assembly>`,
 * holding at least one slide; every `<Slide>` inside it, with at most one `<SpeakerNotes>`;
 * notes inside a slide. A slide with more words than pupils can read from the back of a hall
 * (notes not counted) is a warning. Slide titles are required attributes, checked with the
 * other attributes.
 */
import { AssemblyInvalid, SlideTooWordy } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import type { SourceFile } from './campaign-tree.ts';
import type { MdxElement } from './mdx-elements.ts';
import { mdxTree } from './mdx-tree.ts';

/** The most words a slide shows before it is too wordy to read when projected. */
export const SLIDE_WORD_LIMIT = 60;

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** The words of `text` in `locale`, as Intl.Segmenter finds them (so Chinese, without spaces, is counted too). */
export function countWords(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length;
}

/** The text a node shows, leaving out its speaker notes. */
function shownText(node: Node): string {
  if (node.name === 'SpeakerNotes') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return `${node.value ?? ''} `;
  return (node.children ?? []).map(shownText).join('');
}

/** Every `<Slide>` element of a tree, with its line. */
function slideNodes(node: Node): Node[] {
  const own = node.type.startsWith('mdxJsx') && node.name === 'Slide' ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap(slideNodes)];
}

/** A warning for each slide of `file` with more than SLIDE_WORD_LIMIT words. */
function wordySlides(file: SourceFile, locale: string): Problem[] {
  const { tree } = mdxTree(file.text);
  if (!tree) return [];
  return slideNodes(tree as Node).flatMap((slide) => {
    const words = countWords(shownText(slide), locale);
    if (words <= SLIDE_WORD_LIMIT) return [];
    return [
      problem(SlideTooWordy, {
        file: file.displayPath,
        line: slide.position?.start.line,
        column: slide.position?.start.column,
        field: '<Slide>',
        message: `the slide shows ${words} words`,
        expected: `at most ${SLIDE_WORD_LIMIT} words on the slide; the rest in its <SpeakerNotes>`,
      }),
    ];
  });
}

/** Every assembly problem of one MDX file written in `locale`, given its elements in document order. */
export function checkAssembly(file: SourceFile, elements: readonly MdxElement[], locale: string): Problem[] {
  const at = (element: MdxElement, field: string, message: string, expected: string) =>
    problem(AssemblyInvalid, {
      file: file.displayPath,
      line: element.line,
      column: element.column,
      field,
      message,
      expected,
    });
  const problems: Problem[] = [];
  const assemblies = elements.filter((element) => element.name === 'Assembly');
  for (const extra of assemblies.slice(1))
    problems.push(
      at(
        extra,
        '<Assembly>',
        `this is assembly ${assemblies.indexOf(extra) + 1} of the toolkit`,
        'one <Assembly> per toolkit: put all its slides in the first one',
      ),
    );
  const slides = elements.filter((element) => element.name === 'Slide');
  for (const assembly of assemblies.slice(0, 1))
    if (!slides.some((slide) => slide.ancestors.includes('Assembly')))
      problems.push(
        at(assembly, '<Assembly> <Slide>', 'the assembly has no <Slide>', 'at least one <Slide title="…">'),
      );
  for (const slide of slides)
    if (slide.ancestors.at(-1) !== 'Assembly')
      problems.push(
        at(
          slide,
          '<Slide>',
          slide.ancestors.includes('Assembly')
            ? `<Slide> is inside <${slide.ancestors.at(-1)}>`
            : '<Slide> is not inside an <Assembly>',
          'each <Slide> written directly between <Assembly …> and </Assembly>',
        ),
      );
  let notesInSlide = 0;
  for (const element of elements) {
    if (element.name === 'Slide') notesInSlide = 0;
    if (element.name !== 'SpeakerNotes') continue;
    if (!element.ancestors.includes('Slide'))
      problems.push(
        at(
          element,
          '<SpeakerNotes>',
          '<SpeakerNotes> is not inside a <Slide>',
          'notes written inside the slide they go with',
        ),
      );
    else if (++notesInSlide === 2)
      problems.push(
        at(element, '<SpeakerNotes>', 'the slide has a second <SpeakerNotes>', 'one <SpeakerNotes> per slide'),
      );
  }
  return [...problems, ...wordySlides(file, locale)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
