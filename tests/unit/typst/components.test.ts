import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../pdf/fixtures/samples.ts';
import { convert } from './convert-html.ts';

describe('activity', () => {
  const html = `<h2>Activities</h2>
<section data-sidkit="activity" data-title="What would you do?" data-minutes="15" data-purpose="start-conversations" data-materials="cards; pens ;">
  <p>Read the card.</p>
  <h3>Variations</h3>
</section>
<section data-sidkit="activity" data-title="Second"><p>More.</p></section>`;

  it('becomes a boxed unit with title, localized time and purpose, materials and content', () => {
    const { markup, problems } = convert(html);
    expect(problems).toEqual([]);
    expect(markup).toContain(
      '#sidkit-activity(level: 2, title: "What would you do?", facts: (("Time", "15 minutes"), ("Purpose", "Start conversations"),), materials: ("Materials", ("cards", "pens",)))[\n#"Read the card."\n\n#heading(level: 3)[#"Variations"]\n]',
    );
  });

  it('puts its title in the outline under the current heading, with siblings at the same level', () => {
    expect(convert(html).headings).toEqual([
      { level: 1, text: 'Activities' },
      { level: 2, text: 'What would you do?' },
      { level: 3, text: 'Variations' },
      { level: 2, text: 'Second' },
    ]);
    expect(convert(html).markup).toContain('#sidkit-activity(level: 2, title: "Second", facts: (), materials: none)');
  });

  it('takes every word from the labels', () => {
    const { markup } = convert(html, {
      labels: {
        ...SAMPLES.en.componentLabels,
        time: 'المدة',
        minutes: '{n} دقيقة',
        purpose: 'الهدف',
        purposes: { 'start-conversations': 'فتح باب الحوار' },
        materials: 'المواد',
      },
    });
    expect(markup).toContain('facts: (("المدة", "15 دقيقة"), ("الهدف", "فتح باب الحوار"),), materials: ("المواد",');
  });

  it('reports a missing title, bad minutes, an unknown purpose and the wrong element', () => {
    const { problems } = convert(
      '<section data-sidkit="activity" data-minutes="about 10" data-purpose="fun"></section><div data-sidkit="activity" data-title="x"></div>',
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('data-title is required'),
      expect.stringContaining('data-minutes="about 10"'),
      expect.stringContaining('data-purpose="fun"'),
      expect.stringContaining('<section data-sidkit'),
    ]);
    expect(problems[0]?.element).toBe('<section data-sidkit="activity">');
  });
});

describe('steps', () => {
  it('becomes numbered steps', () => {
    const { markup } = convert('<ol data-sidkit="steps"><li>Split the class.</li><li>Hand out <b>cards</b>.</li></ol>');
    expect(markup).toBe('#sidkit-steps(\n  [#"Split the class."],\n  [#"Hand out "#strong[#"cards"]#"."],\n)');
  });
});

describe('discussion', () => {
  it('becomes a titled box around its questions', () => {
    const { markup, problems } = convert('<div data-sidkit="discussion"><p>Ask:</p><ul><li>Who?</li></ul></div>');
    expect(problems).toEqual([]);
    expect(markup).toBe('#sidkit-discussion(title: "Talk about it")[\n#"Ask:"\n\n#list(\n  [#"Who?"],\n)\n]');
  });

  it('reports a discussion without a list of questions', () => {
    expect(convert('<div data-sidkit="discussion"><p>Talk.</p></div>').problems[0]?.message).toMatch(/<ul> or <ol>/);
  });
});

describe('worksheet', () => {
  it('starts its own page with title, fields, content and writing lines', () => {
    const { markup, headings } = convert(
      '<section data-sidkit="worksheet" data-title="My plan" data-lines="8"><p>Write.</p></section>',
    );
    expect(markup).toBe(
      '#sidkit-worksheet(level: 1, title: "My plan", lines: 8, fields: ("Name", "Date",))[\n#"Write."\n]',
    );
    expect(headings).toEqual([{ level: 1, text: 'My plan' }]);
  });

  it('reports a worksheet inside a box, where Typst cannot break the page', () => {
    const { problems } = convert(
      '<section data-sidkit="activity" data-title="A"><section data-sidkit="worksheet" data-title="W"></section></section>',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        element: '<section data-sidkit="worksheet">',
        message: expect.stringContaining('new page'),
      }),
    ]);
  });

  it('reports lines that are not a whole number', () => {
    expect(
      convert('<section data-sidkit="worksheet" data-title="W" data-lines="-2"></section>').problems[0]?.message,
    ).toMatch(/data-lines/);
  });
});

describe('callout', () => {
  it('becomes a box labelled by its kind', () => {
    expect(convert('<aside data-sidkit="callout" data-kind="warning"><p>Careful.</p></aside>').markup).toBe(
      '#sidkit-callout(kind: "warning", label: "Warning")[\n#"Careful."\n]',
    );
  });

  it('reports an unknown kind, and a plain aside', () => {
    const { problems } = convert('<aside data-sidkit="callout" data-kind="fun"></aside><aside>Side</aside>');
    expect(problems.map((p) => p.element)).toEqual(['<aside data-sidkit="callout">', '<aside>']);
  });
});

describe('vocabulary', () => {
  it('becomes a titled list of terms and meanings', () => {
    expect(convert('<dl data-sidkit="vocabulary"><dt>Bot</dt><dd>An automated account.</dd></dl>').markup).toBe(
      '#sidkit-vocabulary(title: "Key words",\n  ([#"Bot"], [#"An automated account."]),\n)',
    );
  });
});

describe('helpbox', () => {
  it('becomes a box titled by data-title or the helplines label', () => {
    expect(convert('<section data-sidkit="helpbox"><ul><li>Childline: 0800 1111</li></ul></section>').markup).toMatch(
      /^#sidkit-helpbox\(title: "Where to get help"\)\[\n#list\(/,
    );
    expect(
      convert('<section data-sidkit="helpbox" data-title="In school"><p>Ask a teacher.</p></section>').markup,
    ).toMatch(/title: "In school"/);
  });

  it('prints the primary helpline’s number large, as text rather than a tel: link', () => {
    const { markup, problems } = convert(
      '<section data-sidkit="helpbox"><p><a data-sidkit="helpline-number" href="tel:116111"><bdi>116 111</bdi></a></p></section>',
    );
    expect(problems).toEqual([]);
    expect(markup).toContain('#sidkit-helpline-number("116 111")');
    expect(markup).not.toContain('tel:');
  });
});

describe('citations', () => {
  it('collects cited sources as endnotes and leaves a linked marker', () => {
    const { markup, endnotes, problems } = convert(
      '<p>Most children tell someone.<cite data-sidkit="cite" data-note="1">Ofcom, <em>Media use</em>, 2024.</cite> Again.<sup data-sidkit="noteref">1</sup></p>',
    );
    expect(problems).toEqual([]);
    expect(markup).toBe('#"Most children tell someone."#sidkit-noteref("1")#" Again."#sidkit-noteref("1")');
    expect(endnotes).toEqual([{ id: '1', markup: '#"Ofcom, "#emph[#"Media use"]#", 2024."' }]);
  });

  it('reports references to undefined notes and conflicting definitions', () => {
    const { problems } = convert(
      '<p>A<sup data-sidkit="noteref">2</sup> B<cite data-sidkit="cite" data-note="1">One</cite> C<cite data-sidkit="cite" data-note="1">Other</cite></p>',
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('already defined'),
      expect.stringContaining('note 2'),
    ]);
  });

  it('keeps a plain cite as the italic title of a work', () => {
    expect(convert('<p><cite>Hamlet</cite></p>').markup).toBe('#emph[#"Hamlet"]');
  });
});

describe('named destinations of activities and worksheets', () => {
  const html = `<p><a href="#activity-1">Go to the activity</a></p>
<section data-sidkit="activity" data-title="Spot it" id="activity-1"><p>Look.</p></section>
<section data-sidkit="worksheet" data-title="My plan" id="worksheet-1"><p>Write.</p></section>`;

  it('labels each title heading with its id, so the PDF has a destination per id', () => {
    const { markup, problems } = convert(html);
    expect(problems).toEqual([]);
    expect(markup).toContain(
      '#sidkit-activity(level: 1, title: "Spot it", facts: (), materials: none, dest: label("activity-1"))',
    );
    expect(markup).toContain(
      '#sidkit-worksheet(level: 1, title: "My plan", lines: 0, fields: ("Name", "Date",), dest: label("worksheet-1"))',
    );
  });

  it('gives a linked activity no second, invisible label, which would make the link ambiguous', () => {
    const { markup } = convert(html);
    expect(markup).not.toContain('#metadata(none)#label("activity-1")');
    expect(markup).toContain('#link(label("activity-1"))');
  });
});
