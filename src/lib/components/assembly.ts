/**
 * `<Assembly>` and the parts it is written with, `<Slide>` and `<SpeakerNotes>`: a school
 * assembly written next to the pack it belongs to. The toolkit page shows each slide as a
 * card with its notes; the pack's PDF prints it as a compact script (each slide's title and
 * content, then what to say); and the build prints it as 16:9 slides to project and a
 * speaker-notes handout (src/lib/pdf/assembly-document.ts), all from the same HTML.
 */
import { inContainer, titleDestination, withTitleHeading } from '../typst/convert-context.ts';
import { expectTag, requiredAttribute } from '../typst/component-helpers.ts';
import { typstString } from '../typst/escape.ts';
import { readAssembly } from './assembly-html.ts';
import { defineComponent } from './component.ts';

/** The assembly component: one per toolkit, holding its slides. */
export const assembly = defineComponent({
  name: 'Assembly',
  usedIn: ['toolkit'],
  attributes: { title: { type: 'text', required: true }, minutes: { type: 'number', required: true } },
  html: `<section data-sidkit="assembly" id="assembly-1" data-title="..." data-minutes="15" data-about="A 15-minute assembly in 7 slides…" data-say-label="Say:" data-notes-label="What to say" data-help-note="End on this slide…">
  <header data-pdf="skip">title, about, downloads</header>
  <ol>
    <li data-slide data-title="..." data-label="Slide 1">
      <h3 data-pdf="skip"><span data-slide-label>Slide 1</span> title</h3>
      <div data-slide-content>blocks
        <details data-speaker-notes open><summary>…</summary><div data-speaker-notes-text>blocks</div></details>
      </div>
    </li>…
  </ol>
</section>
In the pack: the title (a heading in the contents, the named destination of its id), data-about, then each slide's label and title, content, and its notes after data-say-label. The slide and speaker-notes PDFs read the same elements.`,
  pdf: [
    {
      key: 'assembly',
      placement: 'block',
      convert: (element, ctx) => {
        if (!expectTag(element, 'section', ctx)) return '';
        const title = requiredAttribute(element, 'dataTitle', 'data-title', ctx) ?? '';
        const read = readAssembly(element);
        return withTitleHeading(ctx, title, (level) => {
          const slides = read.slides.map((slide) => {
            const content = inContainer(ctx, () => ctx.blocks(slide.content));
            const notes = slide.notes.length ? `[\n${inContainer(ctx, () => ctx.blocks(slide.notes))}\n]` : 'none';
            return `(label: ${typstString(slide.label)}, title: ${typstString(slide.title)}, content: [\n${content}\n], notes: ${notes}),`;
          });
          const args = [
            `level: ${level}`,
            `title: ${typstString(title)}`,
            `about: ${typstString(read.about)}`,
            `say: ${typstString(read.say)}`,
            ...titleDestination(element, ctx),
          ];
          return `#sidkit-assembly-script(${args.join(', ')}, slides: (\n${slides.join('\n')}\n))`;
        });
      },
    },
  ],
  typst: `// Assembly: a compact script in the pack, each slide's label and title, what it shows, then what to say
#let sidkit-assembly-script(level: 2, title: "", about: "", say: "", dest: none, slides: ()) = {
  sidkit-titled-heading(level, title, dest)
  if about != "" { par(emph(about)) }
  for slide in slides {
    context block(width: 100%, above: 1.1em, inset: (x: 10pt, y: 4pt),
      stroke: if text.dir == rtl { (right: 3pt + sidkit-primary) } else { (left: 3pt + sidkit-primary) })[
      #block(below: 0.6em, text(weight: "bold", fill: sidkit-primary.darken(15%))[#slide.label · #slide.title])
      #slide.content
      #if slide.notes != none { block(above: 0.7em, fill: sidkit-tint, inset: 8pt, radius: 3pt, width: 100%)[#strong(say) #slide.notes] }
    ]
  }
}`,
  strings: [
    'assembly.about',
    'assembly.slides',
    'assembly.speakerNotes',
    'assembly.say',
    'assembly.helpNote',
    'toolkit.paperA4',
    'toolkit.paperLetter',
  ],
});

/** A slide of an assembly: its title and what it shows, with its `<SpeakerNotes>`. */
export const slide = defineComponent({
  name: 'Slide',
  usedIn: ['toolkit'],
  attributes: { title: { type: 'text', required: true } },
  html: '<li data-slide data-title="..." data-label="Slide 1"><h3 data-pdf="skip">…</h3><div data-slide-content>blocks, speaker notes</div></li>; printed by Assembly.',
  pdf: [],
  strings: ['assembly.slide'],
});

/** What the presenter says while a slide is shown: on the page under the slide, in the pack after "Say:", and in the handout. */
export const speakerNotes = defineComponent({
  name: 'SpeakerNotes',
  usedIn: ['toolkit'],
  attributes: {},
  html: '<details data-speaker-notes open><summary>What to say</summary><div data-speaker-notes-text>blocks</div></details>; printed by Assembly.',
  pdf: [],
  strings: ['assembly.notes'],
});
