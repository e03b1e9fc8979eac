/**
 * Every component of campaign content (see ./component.ts), and what the rest of sidkit
 * derives from them: the components allowed in pages and toolkits, the PDF converters by
 * `data-sidkit` name, the Typst definitions, the components whose words are verbatim, and
 * those that show a picture.
 * A new component is its Astro template, one entry here with its Typst part, and its strings.
 */
import { activity } from './activity.ts';
import { assembly, slide, speakerNotes } from './assembly.ts';
import { callout } from './callout.ts';
import { cite } from './cite.ts';
import type { ComponentDefinition, ComponentSpec, ComponentUse } from './component.ts';
import { discussion } from './discussion.ts';
import { fact } from './fact.ts';
import { figure } from './figure.ts';
import { helpBox } from './help-box.ts';
import { helpDirectory } from './help-directory.ts';
import { feedback, option, question, quiz } from './quiz.ts';
import { quote } from './quote.ts';
import { reportOutline } from './report-outline.ts';
import { steps } from './steps.ts';
import { vocabulary } from './vocabulary.ts';
import { answerBox } from './answer-box.ts';
import { drawingArea } from './drawing-area.ts';
import { worksheet } from './worksheet.ts';
import type { BlockConverter, InlineConverter } from '../typst/component-helpers.ts';

/** Every component, in the order the documentation lists them. */
export const COMPONENTS: readonly ComponentDefinition[] = [
  cite,
  fact,
  callout,
  helpBox,
  quote,
  helpDirectory,
  reportOutline,
  figure,
  activity,
  steps,
  discussion,
  worksheet,
  answerBox,
  drawingArea,
  vocabulary,
  quiz,
  question,
  option,
  feedback,
  assembly,
  slide,
  speakerNotes,
];

function componentsFor(use: ComponentUse): Readonly<Record<string, ComponentSpec>> {
  return Object.fromEntries(
    COMPONENTS.filter((component) => component.usedIn.includes(use)).map((component) => [
      component.name,
      component.attributes,
    ]),
  );
}

/** The components a campaign page may use, with their attributes, by MDX name. */
export const PAGE_COMPONENTS = componentsFor('page');

/** The components a toolkit may use, with their attributes, by MDX name. */
export const TOOLKIT_COMPONENTS = componentsFor('toolkit');

/** The block components' PDF converters, by `data-sidkit` name. */
export const BLOCK_CONVERTERS: Readonly<Record<string, BlockConverter>> = Object.fromEntries(
  COMPONENTS.flatMap((component) => component.pdf).flatMap((part) =>
    part.placement === 'block' ? [[part.key, part.convert]] : [],
  ),
);

/** The inline components' PDF converters, by `data-sidkit` name. */
export const INLINE_CONVERTERS: Readonly<Record<string, InlineConverter>> = Object.fromEntries(
  COMPONENTS.flatMap((component) => component.pdf).flatMap((part) =>
    part.placement === 'inline' ? [[part.key, part.convert]] : [],
  ),
);

/** The Typst definitions of every component's `sidkit-*` functions, in registry order. */
export const COMPONENT_TYPST: string = COMPONENTS.flatMap((component) =>
  component.typst ? [component.typst] : [],
).join('\n\n');

/** Components whose content keeps a source's own words; wording checks skip their content. */
export const VERBATIM_COMPONENTS: ReadonlySet<string> = new Set(
  COMPONENTS.filter((component) => component.verbatim).map((component) => component.name),
);

/** Components that may only be written inside another, by MDX name, with the name of that other component. */
export const REQUIRED_PARENTS: Readonly<Record<string, string>> = Object.fromEntries(
  COMPONENTS.flatMap((component) => (component.insideOf ? [[component.name, component.insideOf]] : [])),
);

/** Components that show a picture of the campaign, by MDX name, with their attributes; the picture check follows their `src`. */
export const PICTURE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = Object.fromEntries(
  COMPONENTS.filter((component) => component.picture).map((component) => [component.name, component.attributes]),
);
