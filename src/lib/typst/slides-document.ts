/**
 * The Typst sources of an assembly's two PDFs: 16:9 slides to project (a title slide, one
 * slide per `<Slide>`, the help slide last), set large in the brand colours, and the speaker
 * notes handout, one page per slide with a scaled copy of that same slide above what to say.
 * Both draw their slides with one set of functions, so the copy is the slide. Every printed
 * word comes from the input.
 */
import { componentLibrary, type Brand } from './component-library.ts';
import { fontList, formatEditionDate } from './document.ts';
import { typstComment, typstString } from './escape.ts';
import { isolatedDirection, textArguments, typstLanguage } from './language.ts';

/** One slide: its label ("Slide 2"), title, content and notes as Typst markup, and the sources it cites. */
export interface SlideMarkup {
  label: string;
  title: string;
  content: string;
  notes: string;
  /** Each cited note of the slide's content as `#sidkit-slide-source(…)` lines; empty when it cites nothing. */
  sources: string;
  /** The same for the notes, printed under them in the handout. */
  notesSources: string;
}

/** The help slide: the campaign's primary helpline in the assembly's language. */
export interface HelpSlide {
  heading: string;
  number: string;
  name: string;
  /** Set when the helpline's name is in another language than the slides (untranslated in help.yaml). */
  nameLang?: string;
  area: string;
  about: string;
}

/** Everything the slides and the handout are built from. */
export interface SlidesInput {
  /** BCP 47 language, e.g. `ar`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** "A 15-minute assembly in 7 slides…". */
  about: string;
  campaignTitle: string;
  /** The campaign's day, YYYY-MM-DD, printed on the title slide. */
  date: string;
  brand: Brand;
  logo?: { path: string; alt: string };
  /** The key visual of the title slide, a virtual path mapped into the compiler; decorative. */
  keyVisual?: string;
  slides: readonly SlideMarkup[];
  help?: HelpSlide;
  /** Typst markup naming each cited document in full, printed on the handout's first page; the slides cite in short form. */
  sourcesMarkup?: string;
  /** Heading of each slide's notes in the handout, e.g. "What to say". */
  notesTitle: string;
  /** The handout's words for the help slide. */
  helpNote: string;
  fontFamilies: readonly string[];
}

/** A slide's size: PowerPoint's 16:9, 13.33 × 7.5 inches. */
const SLIDE = { width: '960pt', height: '540pt' } as const;

// The slide functions. `copy: true` draws a slide for the handout: the same slide, whose titles
// are not headings there, so the handout's outline and tags list each slide once.
const SLIDE_LIBRARY = `#let sidkit-noteref(id) = super(id)
#let sidkit-slide-ink = luma(12)
#let sidkit-slide-heading(copy, size, title) = {
  let words = text(size: size, weight: "bold", fill: sidkit-primary.darken(25%), title)
  block(below: 12pt, if copy { words } else { heading(level: 1, words) })
  block(below: 28pt, width: 90pt, height: 6pt, fill: sidkit-accent, radius: 3pt)
}
#let sidkit-slide-frame(campaign: "", number: "", body) = block(width: ${SLIDE.width}, height: ${SLIDE.height}, fill: white, clip: true, breakable: false, {
  set text(size: 32pt, fill: sidkit-slide-ink)
  set par(leading: 0.5em, spacing: 0.9em, justify: false)
  set list(marker: text(fill: sidkit-primary, weight: "bold", "•"), spacing: 0.55em, body-indent: 0.45em)
  set enum(spacing: 0.6em, body-indent: 0.5em)
  show heading: set text(size: 1em)
  show heading: set block(above: 0pt, below: 0pt)
  body
  if campaign != "" or number != "" {
    place(bottom, block(width: 100%, inset: (x: 56pt, bottom: 16pt), grid(columns: (1fr, auto), column-gutter: 20pt,
      text(size: 15pt, fill: luma(70), campaign), text(size: 15pt, weight: "bold", fill: luma(70), number))))
  }
})
// A slide with little on it sets its text a size up (40 pt), so a short message fills the
// screen at the back of the hall; a fuller slide keeps 32 pt
#let sidkit-slide-fit(body) = layout(size => {
  let big = { set text(size: 40pt); body }
  if measure(block(width: size.width, big)).height <= 290pt { big } else { body }
})
#let sidkit-slide-band = {
  place(top, block(width: 100%, height: 18pt, fill: sidkit-primary))
  place(top, dy: 18pt, block(width: 100%, height: 5pt, fill: sidkit-accent))
}
#let sidkit-slide-source(id, body) = block(above: 0.3em, text(size: 14pt, fill: luma(60))[#super(id) #body])
#let sidkit-notes-source(id, body) = block(above: 0.3em, text(size: 10pt, fill: luma(60))[#super(id) #body])
#let sidkit-title-slide(copy: false, campaign: "", title: "", date: "", logo: none, picture: none) = sidkit-slide-frame({
  place(top, block(width: 100%, height: 112pt, fill: sidkit-primary, stroke: (bottom: 8pt + sidkit-accent), inset: (x: 56pt),
    align(horizon, grid(columns: if logo == none { (1fr,) } else { (auto, 1fr) }, column-gutter: 20pt, align: horizon,
      ..if logo == none { () } else { (logo,) },
      text(size: 30pt, weight: "bold", fill: sidkit-on-primary, campaign)))))
  block(width: 100%, height: 100%, inset: (x: 56pt, top: 150pt, bottom: 44pt), grid(
    columns: if picture == none { (1fr,) } else { (1.3fr, 1fr) }, column-gutter: 36pt, align: horizon,
    {
      sidkit-slide-heading(copy, 56pt, title)
      block(above: 8pt, text(size: 30pt, weight: "bold", fill: luma(60), date))
    },
    ..if picture == none { () } else { (align(center + horizon, picture),) },
  ))
})
#let sidkit-content-slide(copy: false, campaign: "", number: "", title: "", sources: none, body) = sidkit-slide-frame(campaign: campaign, number: number, {
  sidkit-slide-band
  block(width: 100%, height: 100%, inset: (x: 56pt, top: 50pt, bottom: 48pt), {
    sidkit-slide-heading(copy, 46pt, title)
    block(width: 100%, above: 0pt, sidkit-slide-fit(body))
    if sources != none { place(bottom, block(width: 100%, sources)) }
  })
})
#let sidkit-help-slide(copy: false, campaign: "", heading: "", number: "", name: "", name-lang: none, name-dir: ltr, area: "", about: "") = sidkit-slide-frame(campaign: campaign, {
  sidkit-slide-band
  block(width: 100%, height: 100%, inset: (x: 56pt, top: 50pt, bottom: 48pt), {
    sidkit-slide-heading(copy, 44pt, heading)
    block(below: 22pt, box(fill: sidkit-primary, radius: 14pt, inset: (x: 30pt, y: 16pt),
      text(dir: ltr, size: 104pt, weight: "bold", fill: sidkit-on-primary, number)))
    block(below: 12pt, {
      set text(lang: name-lang) if name-lang != none
      set text(dir: name-dir)
      text(size: 32pt, weight: "bold", name)
    })
    block(above: 26pt, below: 26pt, text(size: 28pt, fill: luma(50), area))
    text(size: 28pt, about)
  })
})`;

function setup(input: SlidesInput): string {
  const language = typstLanguage(input.lang);
  if (!language) throw new Error(`Slides language ${JSON.stringify(input.lang)} is not a valid BCP 47 tag.`);
  if (input.fontFamilies.length === 0) throw new Error('Slides need at least one font family.');
  return `#set document(title: ${typstString(input.title)}, date: auto)
#set text(${textArguments(language, input.dir)}, font: ${fontList(input.fontFamilies)}, fallback: false)`;
}

/** The help slide's arguments: its words, and the language of the helpline's name when it differs. */
function helpArguments(help: HelpSlide): string {
  const words = (['heading', 'number', 'name', 'area', 'about'] as const).map(
    (key) => `${key}: ${typstString(help[key])}`,
  );
  // The name reads in the direction of its first letter, as <bdi> shows it on the page.
  const language = help.nameLang ? [`name-lang: ${typstString(help.nameLang)}`] : [];
  return [...words, ...language, `name-dir: ${isolatedDirection(help.name)}`].join(', ');
}

/** Each slide as a call of its slide function, `copy` for the handout. */
function slideCalls(input: SlidesInput, copy: boolean): string[] {
  const picture = input.keyVisual
    ? `image(${typstString(input.keyVisual)}, width: 100%, height: 300pt, fit: "contain")`
    : 'none';
  const logo = input.logo
    ? `image(${typstString(input.logo.path)}, alt: ${typstString(input.logo.alt)}, height: 72pt)`
    : 'none';
  const campaign = typstString(input.campaignTitle);
  const title = `#sidkit-title-slide(copy: ${copy}, campaign: ${campaign}, title: ${typstString(input.title)}, date: ${typstString(formatEditionDate(input.date, input.lang))}, logo: ${logo}, picture: ${picture})`;
  const slides = input.slides.map(
    (slide) =>
      `#sidkit-content-slide(copy: ${copy}, campaign: ${campaign}, number: ${typstString(slide.label)}, title: ${typstString(slide.title)}, sources: ${slide.sources ? `[\n${slide.sources}\n]` : 'none'})[\n${slide.content}\n]`,
  );
  const help = input.help
    ? [`#sidkit-help-slide(copy: ${copy}, campaign: ${campaign}, ${helpArguments(input.help)})`]
    : [];
  return [title, ...slides, ...help];
}

/** The Typst source of the 16:9 slides: title slide, the slides, the help slide; each title a heading and bookmark. */
export function buildSlidesDocument(input: SlidesInput): string {
  return `${[
    typstComment(`${input.campaignTitle}: ${input.title} (slides)`),
    componentLibrary(input.brand),
    SLIDE_LIBRARY,
    setup(input),
    `#set page(width: ${SLIDE.width}, height: ${SLIDE.height}, margin: 0pt)`,
    slideCalls(input, false).join('\n#pagebreak()\n'),
  ].join('\n\n')}\n`;
}

/** The Typst source of the speaker notes in one paper size: a page per slide, as PowerPoint's notes pages: a heading, the slide at half size, and its notes. */
export function buildSpeakerNotesDocument(input: SlidesInput, paper: 'a4' | 'us-letter'): string {
  const copies = slideCalls(input, true);
  const said = (slide: SlideMarkup) =>
    slide.notesSources ? `${slide.notes}\n#block(above: 1.2em)[\n${slide.notesSources}\n]` : slide.notes;
  const notes = ['', ...input.slides.map(said), input.help ? `#par(${typstString(input.helpNote)})` : ''];
  const headings = [
    input.title,
    ...input.slides.map((slide) => `${slide.label} · ${slide.title}`),
    input.help?.heading ?? '',
  ];
  const pages = copies.map((copy, index) => {
    const spoken = notes[index]?.trim()
      ? `\n#block(above: 1.4em, below: 0.6em, text(weight: "bold", fill: sidkit-primary.darken(25%), ${typstString(input.notesTitle)}))\n${notes[index]}`
      : '';
    const about = input.about ? `\n#par(${typstString(input.about)})` : '';
    const sources = input.sourcesMarkup?.trim()
      ? `\n#block(above: 1.5em)[\n#set text(size: 10pt)\n${input.sourcesMarkup}\n]`
      : '';
    const intro = index === 0 ? `${about}${sources}` : '';
    return `#heading(level: 1, ${typstString(headings[index] ?? '')})${intro}
#block(stroke: 0.8pt + luma(150), scale(50%, reflow: true)[
${copy}
])${spoken}`;
  });
  return `${[
    typstComment(`${input.campaignTitle}: ${input.title} (speaker notes)`),
    componentLibrary(input.brand),
    SLIDE_LIBRARY,
    setup(input),
    `#set page(paper: ${typstString(paper)}, margin: (x: 2cm, top: 2cm, bottom: 2.2cm), footer: context text(size: 9pt, fill: luma(85), grid(columns: (1fr, auto), ${typstString(input.title)}, counter(page).display())))
#set text(size: 14pt)
#set par(leading: 0.7em, spacing: 1em)
#show heading.where(level: 1): set text(size: 18pt, fill: sidkit-primary.darken(25%))
#show heading.where(level: 1): set block(below: 0.8em)`,
    pages.join('\n#pagebreak()\n'),
  ].join('\n\n')}\n`;
}
