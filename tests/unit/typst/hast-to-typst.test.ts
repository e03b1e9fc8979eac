import { describe, expect, it } from 'vitest';
import { convert } from './convert-html.ts';

describe('hastToTypst: text and paragraphs', () => {
  it('turns paragraphs into blocks of string literals, collapsing HTML whitespace', () => {
    const { markup, problems } = convert('<p>Hello\n   <strong>bold</strong> and <em>soft</em>.</p>\n\n<p>Second</p>');
    expect(markup).toBe('#"Hello "#strong[#"bold"]#" and "#emph[#"soft"]#"."\n\n#"Second"');
    expect(problems).toEqual([]);
  });

  it('keeps markup characters as plain text', () => {
    const { markup } = convert('<p># $ * _ @ &lt; [ \\ // "quotes" \'single\'</p>');
    expect(markup).toBe('#"# $ * _ @ < [ \\\\ // \\"quotes\\" \'single\'"');
  });

  it('ignores comments and whitespace-only text', () => {
    expect(convert('<!-- note -->\n  <p>Only<!-- inline --> this</p>\n').markup).toBe('#"Only this"');
  });

  it('supports b, i, sub, sup, small, mark, u, s, q, br and hr', () => {
    const { markup, problems } = convert(
      '<p><b>b</b><i>i</i>H<sub>2</sub>O x<sup>2</sup> <small>s</small> <mark>m</mark> <u>u</u> <s>s</s> <q>q</q><br>next</p><hr>',
    );
    expect(problems).toEqual([]);
    expect(markup).toContain('#strong[#"b"]#emph[#"i"]#"H"#sub[#"2"]#"O x"#super[#"2"]');
    expect(markup).toContain('#text(size: 0.85em)[#"s"]');
    expect(markup).toContain('#highlight[#"m"]');
    expect(markup).toContain('#quote[#"q"]#linebreak()#"next"');
    expect(markup).toContain('#line(length: 100%)');
  });

  it('keeps code verbatim as raw text', () => {
    const { markup } = convert(
      '<p>Run <code>npm test</code></p><pre><code class="language-sh">echo "hi"\n# not a heading\n</code></pre>',
    );
    expect(markup).toBe('#"Run "#raw("npm test")\n\n#raw(block: true, "echo \\"hi\\"\\n# not a heading")');
  });
});

describe('hastToTypst: headings', () => {
  it('shifts levels so that h2 is a top-level heading, and reports them', () => {
    const { markup, headings } = convert('<h2>Intro</h2><h3>Detail</h3>');
    expect(markup).toBe('#heading(level: 1)[#"Intro"]\n\n#heading(level: 2)[#"Detail"]');
    expect(headings).toEqual([
      { level: 1, text: 'Intro' },
      { level: 2, text: 'Detail' },
    ]);
  });

  it('reports an h1, which belongs on the cover', () => {
    const { problems } = convert('<h1>Title</h1>');
    expect(problems).toEqual([expect.objectContaining({ element: '<h1>', line: 1, column: 1 })]);
  });

  it('follows a different top level when asked', () => {
    expect(convert('<h1>Top</h1>', { topHeadingLevel: 1 }).markup).toBe('#heading(level: 1)[#"Top"]');
  });
});

describe('hastToTypst: links', () => {
  it('links absolute and relative URLs, resolving relative ones against baseUrl', () => {
    const { markup } = convert(
      '<p><a href="https://saferinternetday.org">SID</a> <a href="../activities/">more</a> <a href="mailto:help@example.org">mail</a></p>',
    );
    expect(markup).toContain('#link("https://saferinternetday.org/")[#"SID"]');
    expect(markup).toContain('#link("https://example.org/en/activities/")[#"more"]');
    expect(markup).toContain('#link("mailto:help@example.org")[#"mail"]');
  });

  it('links to ids in the page through labels on invisible anchors', () => {
    const { markup, problems } = convert(
      '<p><a href="#part-2">Go</a></p><h2 id="part-2">Part 2</h2><p id="unlinked">x</p>',
    );
    expect(problems).toEqual([]);
    expect(markup).toContain('#link(label("part-2"))[#"Go"]');
    expect(markup).toContain('#metadata(none)#label("part-2")#heading(level: 1)[#"Part 2"]');
    expect(markup).not.toContain('unlinked');
  });

  it('reports links the PDF cannot follow', () => {
    const { problems } = convert('<p><a href="#missing">a</a> <a href="javascript:alert(1)">b</a></p>');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('#missing'),
      expect.stringContaining('javascript:'),
    ]);
    expect(convert('<p><a href="page/">c</a></p>', { baseUrl: undefined }).problems[0]?.message).toMatch(/relative/);
  });

  it('keeps the text of an anchor without href', () => {
    expect(convert('<p><a>plain</a></p>').markup).toBe('#"plain"');
  });
});

describe('hastToTypst: lists', () => {
  it('converts nested lists, keeping block content in items', () => {
    const { markup, problems } = convert(`
      <ul>
        <li>One</li>
        <li>Two
          <ol><li>Two a</li><li><p>Two b</p><p>More</p></li></ol>
        </li>
      </ul>`);
    expect(problems).toEqual([]);
    expect(markup).toBe(
      [
        '#list(',
        '  [#"One"],',
        '  [#"Two"',
        '',
        '#enum(numbering: "1.",',
        '  enum.item(1)[#"Two a"],',
        '  enum.item(2)[#"Two b"',
        '',
        '#"More"],',
        ')],',
        ')',
      ].join('\n'),
    );
  });

  it('numbers ordered lists as HTML does: start, type, reversed and value', () => {
    expect(convert('<ol start="3" type="a"><li>c</li><li>d</li></ol>').markup).toContain(
      '#enum(numbering: "a.",\n  enum.item(3)[#"c"],\n  enum.item(4)[#"d"],',
    );
    expect(convert('<ol reversed><li>x</li><li>y</li><li>z</li></ol>').markup).toMatch(
      /item\(3\).*\n.*item\(2\).*\n.*item\(1\)/,
    );
    expect(convert('<ol><li>a</li><li value="10">b</li><li>c</li></ol>').markup).toMatch(
      /item\(1\).*\n.*item\(10\).*\n.*item\(11\)/,
    );
  });

  it('converts description lists, grouping terms that share descriptions', () => {
    const { markup } = convert(
      '<dl><dt>Phishing</dt><dt>Scam</dt><dd>A trick to steal data.</dd><div><dt>Bot</dt><dd>An automated account.</dd></div></dl>',
    );
    expect(markup).toBe(
      '#terms(\n  terms.item([#"Phishing"#linebreak()#"Scam"], [#"A trick to steal data."]),\n  terms.item([#"Bot"], [#"An automated account."]),\n)',
    );
  });

  it('reports content that a list cannot hold', () => {
    const { problems } = convert('<ul><li>ok</li>\n<script>x()</script></ul>');
    expect(problems).toEqual([expect.objectContaining({ element: '<script>', line: 2 })]);
  });
});

describe('hastToTypst: tables', () => {
  it('converts a table with a header row that repeats, spans and a caption', () => {
    const { markup, problems } = convert(`
      <table>
        <caption>Apps</caption>
        <thead><tr><th>App</th><th colspan="2">Settings</th></tr></thead>
        <tbody>
          <tr><td rowspan="2">A</td><td>public</td><td>on</td></tr>
          <tr><td>private</td><td>off</td></tr>
        </tbody>
      </table>`);
    expect(problems).toEqual([]);
    expect(markup).toBe(
      [
        '#figure(numbering: none, caption: figure.caption(position: top)[#"Apps"], table(',
        '  columns: (1fr,) * 3,',
        '  table.header(',
        '  sidkit-th()[#"App"], sidkit-th(colspan: 2)[#"Settings"],',
        '  ),',
        '  table.cell(rowspan: 2)[#"A"], [#"public"], [#"on"],',
        '  [#"private"], [#"off"],',
        '))',
      ].join('\n'),
    );
  });

  it('keeps each cell’s alignment, from Markdown’s style="text-align:…" or align', () => {
    const { markup } = convert(
      '<table><thead><tr><th>Item</th><th style="text-align:right">Cost</th></tr></thead><tbody><tr><td>Cards</td><td style="text-align: right">12</td><td align="center">x</td></tr></tbody></table>',
    );
    expect(markup).toContain('sidkit-th(align: right)[#"Cost"]');
    expect(markup).toContain('[#"Cards"], table.cell(align: right)[#"12"], table.cell(align: center)[#"x"],');
  });

  it('treats leading rows of only th as the header when there is no thead', () => {
    const { markup } = convert('<table><tr><th>Word</th><th>Meaning</th></tr><tr><td>a</td><td>b</td></tr></table>');
    expect(markup).toBe(
      '#table(\n  columns: (1fr,) * 2,\n  table.header(\n  sidkit-th()[#"Word"], sidkit-th()[#"Meaning"],\n  ),\n  [#"a"], [#"b"],\n)',
    );
  });
});

describe('hastToTypst: images', () => {
  it('maps images through resolveImage and keeps their alt text', () => {
    const { markup, images, problems } = convert(
      '<p><img src="img/cat.png" alt="A cat"></p><p>Icon <img src="img/cat.png" alt=""> inline</p>',
    );
    expect(problems).toEqual([]);
    expect(markup).toBe(
      '#align(center, image("/images/cat.png", alt: "A cat"))\n\n#"Icon "#box(image("/images/cat.png", alt: none, height: 1em))#" inline"',
    );
    expect(images).toEqual([
      { src: 'img/cat.png', path: '/images/cat.png' },
      { src: 'img/cat.png', path: '/images/cat.png' },
    ]);
  });

  it('prints a <picture> from the original its <img> names, ignoring the screen-sized sources, alone or in a figure', () => {
    const picture =
      '<picture><source type="image/webp" srcset="/_astro/cat.1.webp 400w"><img src="/_astro/cat.2.png" data-pdf-source="img/cat.png" alt="A cat"></picture>';
    const { markup, problems } = convert(
      `<p>${picture}</p><figure class="content-figure">${picture}<figcaption>Our cat.</figcaption></figure>`,
    );
    expect(problems).toEqual([]);
    expect(markup).toBe(
      '#align(center, image("/images/cat.png", alt: "A cat"))\n\n#figure(numbering: none, caption: [#"Our cat."], [\n#align(center, image("/images/cat.png", alt: "A cat"))\n])',
    );
  });

  it('reports an image without alt, and one the build does not know', () => {
    const { problems, markup } = convert('<p><img src="img/cat.png"></p>\n<p><img src="img/dog.png" alt="A dog"></p>');
    expect(problems).toEqual([
      expect.objectContaining({ element: '<img>', line: 1, message: expect.stringContaining('alt') }),
      expect.objectContaining({ element: '<img>', line: 2, message: expect.stringContaining('img/dog.png') }),
    ]);
    expect(markup).toBe('');
  });

  it('puts figures and their captions together', () => {
    const { markup } = convert('<figure><img src="img/cat.png" alt="A cat"><figcaption>Our cat</figcaption></figure>');
    expect(markup).toBe(
      '#figure(numbering: none, caption: [#"Our cat"], [\n#align(center, image("/images/cat.png", alt: "A cat"))\n])',
    );
  });
});

describe('hastToTypst: language and direction', () => {
  it('sets language and direction on inline spans in mixed RTL/LTR text', () => {
    const { markup } = convert(
      '<p>In Arabic: <span lang="ar" dir="rtl">مرحبا بكم</span>, in Chinese <span lang="zh-Hans">你好</span>.</p>',
    );
    expect(markup).toBe(
      '#"In Arabic: "#text(lang: "ar", dir: rtl)[#"مرحبا بكم"]#", in Chinese "#text(lang: "zh", region: "CN")[#"你好"]#"."',
    );
  });

  it('scopes language and direction of blocks with a set rule', () => {
    const { markup } = convert('<div lang="en" dir="ltr"><p>English quote inside an Arabic page.</p></div>');
    expect(markup).toBe('#[#set text(lang: "en", dir: ltr)\n#"English quote inside an Arabic page."\n]');
  });

  it('reports invalid lang and dir values', () => {
    const { problems } = convert('<p lang="not a tag" dir="sideways">x</p>');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('lang="not a tag"'),
      expect.stringContaining('dir="sideways"'),
    ]);
  });
});

describe('hastToTypst: unsupported content', () => {
  it('reports unknown elements with their name and position instead of dropping them', () => {
    const { problems, markup } = convert(
      '<p>Intro</p>\n<video src="a.mp4"></video>\n<p>Text with <marquee>old</marquee> tag</p>',
    );
    expect(problems).toEqual([
      { element: '<video>', line: 2, column: 1, message: expect.stringContaining('not supported') },
      { element: '<marquee>', line: 3, column: 14, message: expect.stringContaining('not supported') },
    ]);
    expect(markup).toBe('#"Intro"\n\n#"Text with tag"');
  });

  it('reports blocks inside text and unknown components', () => {
    const { problems } = convert('<a href="https://example.org"><div>card</div></a><div data-sidkit="carousel"></div>');
    expect(problems.map((p) => p.element)).toEqual(['<div>', '<div data-sidkit="carousel">']);
    expect(problems[1]?.message).toMatch(/Unknown toolkit component "carousel"/);
  });
});

describe('hastToTypst: what <Quote> renders', () => {
  it('prints a quotation in quotation marks and the title of an instrument as plain text', () => {
    const { markup, problems } = convert(
      '<p>It asks for <q>a global day</q> under the <span class="verbatim-title">Optional Protocol</span>.</p>',
    );
    expect(problems).toEqual([]);
    expect(markup).toBe('#"It asks for "#quote[#"a global day"]#" under the Optional Protocol."');
  });
});

describe('hastToTypst: values that must not break', () => {
  it('joins the groups of a number with no-break spaces, in any script’s digits', () => {
    const { markup } = convert('<p>Call 116 111 or ١١٦ ١١١, about 14 000 000 times; 15 min</p>');
    expect(markup).toBe('#"Call 116\u00a0111 or ١١٦\u00a0١١١, about 14\u00a0000\u00a0000 times; 15 min"');
  });

  it('boxes a phone link left to right, so it neither breaks nor reorders in right-to-left text', () => {
    const { markup } = convert('<p>Call — <a href="tel:116111"><bdi>116 111</bdi></a></p>');
    expect(markup).toBe('#"Call — "#box(text(dir: ltr)[#link("tel:116111")[#"116\u00a0111"]])');
  });
});

describe('hastToTypst: fact cards', () => {
  const card = (id: string, value: string, note: string) =>
    `<span data-sidkit="fact" data-fact="${id}"><span data-fact-part="value"><bdi>${value}</bdi></span><span data-fact-part="label">Child helplines</span><span data-fact-part="source"><cite data-sidkit="cite" data-note="${note}"><span data-pdf="skip">(</span><a href="https://undocs.org/A/HRC/28/56"><bdi>A/HRC/28/56, para. 48</bdi></a><span data-pdf="skip">)</span></cite></span></span>`;

  it('prints value, label and source as the three parts of a card, the source with its note marker', () => {
    const { markup, problems, endnotes } = convert(`<p>${card('a', '179', '5')}</p>`);
    expect(problems).toEqual([]);
    expect(markup).toBe(
      '#sidkit-fact(ltr, [#"179"], [#"Child helplines"], [#box[#"A/HRC/28/56, para. 48"]#sidkit-noteref("5")])',
    );
    expect(endnotes.map((note) => note.id)).toEqual(['5']);
  });

  it('drops the bullets of a list that holds only cards, and keeps them when the list has text too', () => {
    const cardsOnly = convert(`<ul><li>${card('a', '179', '5')}</li><li>\n${card('b', '53%', '5')}\n</li></ul>`).markup;
    expect(cardsOnly).not.toContain('#list(');
    expect(cardsOnly.match(/#sidkit-fact\(/g)).toHaveLength(2);
    expect(convert(`<ul><li>${card('a', '179', '5')}</li><li>Text</li></ul>`).markup).toContain('#list(');
  });

  it('reports a card that lacks one of its parts', () => {
    const { problems } = convert('<p><span data-sidkit="fact"><span data-fact-part="value">1</span></span></p>');
    expect(problems.map((p) => p.message)).toEqual([
      'A fact card needs its data-fact-part="label", data-fact-part="source".',
    ]);
  });
});
