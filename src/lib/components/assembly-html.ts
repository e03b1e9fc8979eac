/**
 * Reads and finishes the HTML of a rendered `<Assembly>`: its slides in order, each with its
 * title, what it shows and what the presenter says, for the pack's assembly script and the
 * slide and speaker-notes PDFs alike; and the numbering of the slides on the page, which no
 * `<Slide>` can do itself, since a slide does not know its place in the assembly.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** One slide as its HTML holds it. */
export interface AssemblySlide {
  title: string;
  /** "Slide 3", in the page's language. */
  label: string;
  /** What the slide shows: the slide's content without its speaker notes. */
  content: ElementContent[];
  /** What the presenter says, from `<SpeakerNotes>`; empty when the slide has none. */
  notes: ElementContent[];
}

/** A rendered assembly: its title, length, the words its PDFs print around the slides, and its slides. */
export interface AssemblyHtml {
  element: Element;
  title: string;
  minutes: number;
  /** "A 15-minute assembly in 7 slides…", in the page's language. */
  about: string;
  /** The mark before each slide's notes in the script, e.g. "Say:". */
  say: string;
  /** The heading of the notes, e.g. "What to say". */
  notesTitle: string;
  /** What the handout says about the help slide. */
  helpNote: string;
  slides: AssemblySlide[];
}

const text = (element: Element, property: string) => String(element.properties[property] ?? '');

/** The slides of an assembly element, each split into what it shows and what is said. */
export function readAssembly(element: Element): AssemblyHtml {
  const slides = selectAll('[data-slide]', element).map((slide): AssemblySlide => {
    const content = select('[data-slide-content]', slide);
    const notes = content ? select('[data-speaker-notes-text]', content) : undefined;
    const shown = (content?.children ?? []).filter(
      (node) => !(node.type === 'element' && node.properties['dataSpeakerNotes'] !== undefined),
    );
    return {
      title: text(slide, 'dataTitle'),
      label: text(slide, 'dataLabel'),
      content: shown,
      notes: notes?.children ?? [],
    };
  });
  return {
    element,
    title: text(element, 'dataTitle'),
    minutes: Number(element.properties['dataMinutes'] ?? 0),
    about: text(element, 'dataAbout'),
    say: text(element, 'dataSayLabel'),
    notesTitle: text(element, 'dataNotesLabel'),
    helpNote: text(element, 'dataHelpNote'),
    slides,
  };
}

/** The assembly of a rendered toolkit page, or undefined when it has none. */
export function pageAssembly(page: Root | Element): AssemblyHtml | undefined {
  const element = select('[data-sidkit="assembly"]', page);
  return element ? readAssembly(element) : undefined;
}

/**
 * The slides' HTML with each slide numbered in reading order: `label(n)` ("Slide 2") goes into
 * its `data-label` and its `[data-slide-label]` span. Returns how many slides there are too.
 */
export function numberSlides(html: string, label: (n: number) => string): { html: string; count: number } {
  const tree: Root = fromHtml(html, { fragment: true });
  const slides = selectAll('[data-slide]', tree);
  slides.forEach((slide, index) => {
    const words = label(index + 1);
    slide.properties['dataLabel'] = words;
    const mark = select('[data-slide-label]', slide);
    if (mark) mark.children = [{ type: 'text', value: words }];
  });
  return { html: toHtml(tree), count: slides.length };
}
