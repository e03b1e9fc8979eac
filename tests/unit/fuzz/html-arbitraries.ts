/**
 * Generated toolkit HTML for the converter properties: the generic HTML Markdown renders
 * (paragraphs, headings, nested lists and quotes, emphasis, code, links, ragged tables) and the
 * HTML of every registered component in the shape of its `html` contract
 * (src/lib/components/), with attributes that are sometimes valid and sometimes not.
 * Astro cannot run per case, so the fuzzing starts from HTML, where the PDF conversion does.
 */
import fc from 'fast-check';
import { ACTIVITY_PURPOSES } from '../../../src/lib/content/toolkit-schema.ts';
import { CALLOUT_KINDS } from '../../../src/lib/components/callout.ts';
import { ENTITIES, prose, shortText } from './text-arbitraries.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** Text escaped for HTML, now and then with an entity after it. */
const textHtml: fc.Arbitrary<string> = fc
  .tuple(prose, fc.option(fc.constantFrom(...ENTITIES), { freq: 3 }))
  .map(([text, entity]) => escapeHtml(text) + (entity ?? ''));

/** `name="value"`, or nothing when the value is undefined. */
function attr(name: string, value: string | null | undefined): string {
  return value === undefined || value === null ? '' : ` ${name}="${escapeAttribute(value)}"`;
}

/** Some of `item`, joined. */
const some = (item: fc.Arbitrary<string>, minLength = 1, maxLength = 3) =>
  fc.array(item, { minLength, maxLength }).map((items) => items.join(''));

const VALID_LINKS = ['https://example.org/a?b=c&d=e', 'mailto:help@example.org', 'tel:116111', '../other-page/'];
const OTHER_LINKS = ['#target', '#missing', 'javascript:alert(1)', 'http://[bad'];
const INLINE_TAGS = ['strong', 'em', 'b', 'i', 'sup', 'sub', 'small', 'mark', 'u', 's', 'q', 'abbr', 'span', 'bdi'];

type Choice = fc.Arbitrary<string> | { weight: number; arbitrary: fc.Arbitrary<string> };
type Tie = (key: 'inline' | 'inlines' | 'block' | 'blocks') => fc.Arbitrary<string>;

/** Builds the generator; with `onlyValid`, the choices that are invalid are left out. */
class Generator {
  constructor(readonly onlyValid: boolean) {}

  /** An attribute value: usually a valid one, sometimes missing or anything. */
  value(valid: readonly string[]): fc.Arbitrary<string | undefined> {
    if (this.onlyValid) return fc.constantFrom(...valid);
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...valid) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', 'bogus', '-3', '1.5', '"', '{15}') },
    );
  }

  /** Choices only invalid HTML makes. */
  invalid(...choices: Choice[]): Choice[] {
    return this.onlyValid ? [] : choices;
  }

  /** A cite's note key: a number, or in valid HTML its text, so one key never has two texts. */
  note(text: string): fc.Arbitrary<string | undefined> {
    return this.onlyValid ? fc.constant(text) : this.value(['1', '2', '3']);
  }

  cite(text: string): fc.Arbitrary<string> {
    return this.note(text).map(
      (note) =>
        `<cite data-sidkit="cite"${attr('data-note', note)}><span data-pdf="skip">(</span><a href="https://example.org/report"><bdi>${text}</bdi></a><span data-pdf="skip">)</span></cite>`,
    );
  }

  inline(tie: Tie): fc.Arbitrary<string> {
    return fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      { weight: 8, arbitrary: textHtml },
      fc.tuple(fc.constantFrom(...INLINE_TAGS), tie('inlines')).map(([tag, content]) => `<${tag}>${content}</${tag}>`),
      fc.tuple(fc.constantFrom('code', 'kbd'), textHtml).map(([tag, text]) => `<${tag}>${text}</${tag}>`),
      fc
        .tuple(fc.constantFrom(...VALID_LINKS, ...(this.onlyValid ? [] : OTHER_LINKS)), tie('inlines'))
        .map(([href, content]) => `<a href="${escapeAttribute(href)}">${content}</a>`),
      fc.constant('<br>'),
      fc
        .tuple(this.value(['ar', 'zh-Hans', 'en-GB', 'ru']), this.value(['rtl', 'ltr', 'auto']), tie('inlines'))
        .map(([lang, dir, content]) => `<span${attr('lang', lang)}${attr('dir', dir)}>${content}</span>`),
      textHtml.chain((text) => this.cite(text)),
      // <Fact>: a card of three parts; in invalid HTML one may be missing.
      fc
        .tuple(
          textHtml,
          textHtml,
          textHtml.chain((text) => this.cite(text)),
          fc.constantFrom('none', ...(this.onlyValid ? [] : ['value', 'label', 'source'])),
        )
        .map(([value, label, source, missing]) => {
          const part = (name: string, content: string) =>
            name === missing ? '' : `<span data-fact-part="${name}"><bdi>${content}</bdi></span>`;
          return `<span data-sidkit="fact" data-fact="a-fact">${part('value', value)}${part('label', label)}${part('source', source)}</span>`;
        }),
      fc.constant('<a data-sidkit="helpline-number" href="tel:116111"><bdi>116 111</bdi></a>'),
      fc
        .tuple(
          fc.constantFrom('img/cat.png', ...(this.onlyValid ? [] : ['img/missing.png'])),
          this.onlyValid ? textHtml : fc.option(textHtml, { freq: 4 }),
        )
        .map(([src, alt]) => `<img src="${src}"${alt === null ? '' : ` alt="${escapeAttribute(alt)}"`}>`),
      ...this.invalid(
        fc.constantFrom('1', '2', '').map((note) => `<sup data-sidkit="noteref">${note}</sup>`),
        fc.constant('<video src="a.mp4"></video>'),
        fc.constant('<span data-sidkit="bogus">x</span>'),
      ),
    );
  }

  block(tie: Tie): fc.Arbitrary<string> {
    const headings = this.onlyValid ? ['h2', 'h3', 'h4', 'h5', 'h6'] : ['h2', 'h3', 'h4', 'h5', 'h6', 'h1'];
    return fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      { weight: 8, arbitrary: tie('inlines').map((content) => `<p>${content}</p>`) },
      fc
        .tuple(
          fc.constantFrom(...headings),
          this.onlyValid ? fc.constant(null) : fc.option(fc.constant('target')),
          tie('inlines'),
        )
        .map(([tag, id, content]) => `<${tag}${attr('id', id)}>${content}</${tag}>`),
      fc
        .tuple(
          fc.constantFrom('ul', 'ol'),
          fc.array(fc.oneof(tie('inlines'), tie('blocks')), { minLength: 1, maxLength: 3 }),
        )
        .map(([tag, items]) => `<${tag}>\n${items.map((item) => `<li>${item}</li>\n`).join('')}</${tag}>`),
      tie('blocks').map((content) => `<blockquote>\n${content}\n</blockquote>`),
      // A table whose rows may be ragged, with a header row or without.
      fc
        .tuple(
          fc.boolean(),
          fc.array(fc.array(tie('inlines'), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        )
        .map(([withHead, rows]) => {
          const row = (cells: string[], tag: string) =>
            `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
          const [first = [], ...rest] = rows;
          const head = withHead ? `<thead>${row(first, 'th')}</thead>` : '';
          return `<table>${head}<tbody>${(withHead ? rest : rows).map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
        }),
      textHtml.map((text) => `<pre><code class="language-js">${text}</code></pre>`),
      fc.constant('<hr>'),
      tie('blocks').map((content) => `<div>${content}</div>`),
      fc
        .tuple(this.value(CALLOUT_KINDS), tie('blocks'))
        .map(([kind, content]) => `<aside data-sidkit="callout"${attr('data-kind', kind)}>${content}</aside>`),
      fc
        .tuple(
          this.value(['Activity one', 'نشاط']),
          this.value(['15', '0', '120']),
          this.value(ACTIVITY_PURPOSES),
          fc.option(fc.constantFrom('paper; pens', 'ورق؛ أقلام', '  ;  ')),
          tie('blocks'),
        )
        .map(
          ([title, minutes, purpose, materials, content]) =>
            `<section data-sidkit="activity"${attr('data-title', title)}${attr('data-minutes', minutes)}${attr('data-purpose', purpose)}${attr('data-materials', materials)} id="activity-1"><header data-pdf="skip"><h2>Web header</h2></header>${content}</section>`,
        ),
      fc
        .tuple(
          fc.option(tie('inlines')),
          this.onlyValid ? fc.constant(true) : fc.boolean(),
          some(tie('inlines').map((q) => `<li>${q}</li>`)),
        )
        .map(
          ([intro, withList, questions]) =>
            `<div data-sidkit="discussion">${intro === null ? '' : `<p>${intro}</p>`}${withList ? `<ul>${questions}</ul>` : ''}</div>`,
        ),
      some(tie('inlines').map((step) => `<li>${step}</li>`)).map((items) => `<ol data-sidkit="steps">${items}</ol>`),
      some(
        fc.tuple(shortText, tie('inlines')).map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${meaning}</dd>`),
      ).map((entries) => `<dl data-sidkit="vocabulary">${entries}</dl>`),
      this.quiz(tie),
      fc
        .tuple(this.onlyValid ? textHtml : fc.option(textHtml), fc.option(tie('inlines')))
        .map(
          ([alt, caption]) =>
            `<figure><picture><source srcset="img/cat.webp" type="image/webp"><img src="img/cat.webp" data-pdf-source="img/cat.png"${alt === null ? '' : ` alt="${escapeAttribute(alt)}"`}></picture>${caption === null ? '' : `<figcaption>${caption}</figcaption>`}</figure>`,
        ),
      // A page's first help box moves to the last page under the document's own heading, so valid pages have one, at the end.
      ...this.invalid(
        fc
          .tuple(fc.option(shortText), tie('blocks'))
          .map(
            ([title, content]) =>
              `<section data-sidkit="helpbox"${attr('data-title', title)}><h2 data-pdf="skip">Help</h2>${content}</section>`,
          ),
        this.worksheet(tie),
        fc.constant('<iframe src="https://example.org"></iframe>'),
        fc.constant('<section data-sidkit="nonesuch"><p>gone</p></section>'),
      ),
    );
  }

  /** `<Worksheet>`: a page of its own, so valid HTML has it at the top level only. */
  worksheet(tie: Tie): fc.Arbitrary<string> {
    return fc
      .tuple(this.value(['Worksheet']), this.value(['8', '0']), tie('blocks'))
      .map(
        ([title, lines, content]) =>
          `<section data-sidkit="worksheet"${attr('data-title', title)}${attr('data-lines', lines)} id="worksheet-1">${content}</section>`,
      );
  }

  /** `<Quiz>` with its questions, options and feedback, as the templates render them. */
  quiz(tie: Tie): fc.Arbitrary<string> {
    const question = fc
      .tuple(shortText, fc.array(textHtml, { minLength: 1, maxLength: 3 }), fc.nat(2), tie('blocks'))
      .map(([text, options, chosen, feedback]) => {
        // Valid HTML marks one of its options; other HTML may name an option it does not have.
        const correct = this.onlyValid ? chosen % options.length : chosen;
        const optionHtml = options
          .map(
            (words, index) =>
              `<label data-quiz-option="${index}"${index === correct ? ' data-correct=""' : ''}><input type="radio" value="${index}"><span><span data-quiz-option-text>${words}</span> <strong data-pdf="skip">(correct)</strong></span></label>`,
          )
          .join('');
        return `<li data-quiz-question data-answer="${correct}" data-kind="choice"${attr('data-text', text)}><fieldset><legend>${escapeHtml(text)}</legend><div>${optionHtml}<p data-quiz-verdict data-pdf="skip"></p><details data-quiz-feedback><summary>Show the answer</summary><div>${feedback}</div></details></div></fieldset></li>`;
      });
    return fc
      .tuple(this.value(['Quiz']), fc.array(question, { minLength: 1, maxLength: 2 }))
      .map(
        ([title, questions]) =>
          `<section data-sidkit="quiz"${attr('data-title', title)} data-key-title="Answer key" id="quiz-1"><header data-pdf="skip"><h2>${escapeHtml(title ?? '')}</h2></header><form data-quiz><ol>${questions.join('')}</ol></form></section>`,
      );
  }

  /** A toolkit page's content: blocks, and worksheets among them. */
  page(): fc.Arbitrary<string> {
    const { block, worksheet } = fc.letrec<Record<'inline' | 'inlines' | 'block' | 'blocks' | 'worksheet', string>>(
      (tie) => ({
        inline: this.inline(tie),
        inlines: some(tie('inline')),
        block: this.block(tie),
        blocks: some(tie('block')),
        worksheet: this.worksheet(tie),
      }),
    );
    return fc
      .array(fc.oneof({ weight: 6, arbitrary: block }, { weight: 1, arbitrary: worksheet }), {
        minLength: 1,
        maxLength: 6,
      })
      .map((blocks) => blocks.join('\n'));
  }
}

/** Toolkit HTML of every kind, valid or not. */
export const toolkitHtml: fc.Arbitrary<string> = new Generator(false).page();

/** Toolkit HTML the converter can print in full, without a problem. */
export const validToolkitHtml: fc.Arbitrary<string> = new Generator(true).page();
