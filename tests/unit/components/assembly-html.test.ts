import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { numberSlides, pageAssembly } from '../../../src/lib/components/assembly-html.ts';

const slide = (title: string, notes = '') =>
  `<li data-slide data-title="${title}"><h3 data-pdf="skip"><span data-slide-label></span>${title}</h3><div data-slide-content><p>${title} shown</p>${
    notes
      ? `<details data-speaker-notes open><summary>What to say</summary><div data-speaker-notes-text><p>${notes}</p></div></details>`
      : ''
  }</div></li>`;

describe('the assembly HTML', () => {
  test('numbers the slides in reading order, on the card and in data-label', () => {
    const { html, count } = numberSlides(`${slide('One')}${slide('Two')}`, (n) => `Slide ${n}`);
    expect(count).toBe(2);
    const tree = fromHtml(html, { fragment: true });
    expect(toString(tree)).toContain('Slide 1One');
    expect(html).toContain('data-label="Slide 2"');
  });

  test('reads each slide apart from its notes, and a slide without notes has none', () => {
    const { html } = numberSlides(`${slide('One', 'Say this.')}${slide('Two')}`, (n) => `Slide ${n}`);
    const page = fromHtml(
      `<section data-sidkit="assembly" data-title="Assembly" data-minutes="15" data-say-label="Say:"><ol>${html}</ol></section>`,
    );
    const assembly = pageAssembly(page)!;
    expect([assembly.title, assembly.minutes, assembly.say]).toEqual(['Assembly', 15, 'Say:']);
    expect(assembly.slides.map((s) => [s.label, s.title])).toEqual([
      ['Slide 1', 'One'],
      ['Slide 2', 'Two'],
    ]);
    const text = (nodes: (typeof assembly.slides)[number]['content']) => nodes.map((node) => toString(node)).join('');
    expect(text(assembly.slides[0]!.content)).toBe('One shown');
    expect(text(assembly.slides[0]!.notes)).toBe('Say this.');
    expect(assembly.slides[1]!.notes).toEqual([]);
  });

  test('a page without an assembly has none', () => {
    expect(pageAssembly(fromHtml('<main><p>No assembly.</p></main>'))).toBeUndefined();
  });
});
