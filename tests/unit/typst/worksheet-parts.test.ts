/**
 * The PDF converters of a worksheet and its parts: `lines="fill"`, answer boxes, drawing
 * areas and tables to fill in, and the problems they report when the HTML breaks the contract.
 */
import { describe, expect, it } from 'vitest';
import { convert } from './convert-html.ts';

const worksheet = (inner: string, lines = '0') =>
  `<section data-sidkit="worksheet" data-title="W" data-lines="${lines}">${inner}</section>`;

describe('worksheet lines', () => {
  it('passes "fill" to Typst, which rules the rest of the page', () => {
    const { markup, problems } = convert(worksheet('<p>Write.</p>', 'fill'));
    expect(problems).toEqual([]);
    expect(markup).toContain('#sidkit-worksheet(level: 1, title: "W", lines: "fill", fields: ("Name", "Date",))');
  });

  it('reports a count beyond what a page holds, and a word other than fill', () => {
    const { problems } = convert(worksheet('', '400') + worksheet('', 'lots'));
    expect(problems.map((problem) => problem.message)).toEqual([
      'data-lines="400" must be a whole number up to 40, or "fill".',
      'data-lines="lots" must be a whole number up to 40, or "fill".',
    ]);
  });
});

describe('answer box', () => {
  it('becomes a framed prompt with its number and lines, its content inside', () => {
    const { markup, problems } = convert(
      worksheet(
        '<div data-sidkit="answer-box" data-label="Three adults I trust" data-lines="3" data-number="1"><p>At home and at school.</p></div>',
      ),
    );
    expect(problems).toEqual([]);
    expect(markup).toContain(
      '#sidkit-answer-box(label: "Three adults I trust", number: "1", lines: 3)[\n#"At home and at school."\n]',
    );
  });

  it('has three lines unless told otherwise, and stretches to the page bottom with fill', () => {
    const { markup } = convert(
      worksheet(
        '<div data-sidkit="answer-box" data-label="A"></div><div data-sidkit="answer-box" data-label="B" data-lines="fill"></div>',
      ),
    );
    expect(markup).toContain('#sidkit-answer-box(label: "A", lines: 3)');
    expect(markup).toContain('#sidkit-answer-box(label: "B", lines: "fill")');
  });

  it('reports a box outside a worksheet, one without a label, and a number that is not whole', () => {
    const { problems } = convert(
      '<div data-sidkit="answer-box" data-label="Lost"></div>' +
        worksheet('<div data-sidkit="answer-box" data-label=" " data-number="1.5"></div>'),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'This part of a worksheet must be written inside a <Worksheet>.',
      'data-label is required and must not be empty.',
      'data-number="1.5" must be a whole number.',
    ]);
  });
});

describe('drawing area', () => {
  it('becomes an empty frame of the size asked for, filling the page by default', () => {
    const { markup, problems } = convert(
      worksheet(
        '<div data-sidkit="drawing-area" data-label="Draw a happy face"></div><div data-sidkit="drawing-area" data-label="Half" data-size="half"></div>',
      ),
    );
    expect(problems).toEqual([]);
    expect(markup).toContain('#sidkit-drawing-area(label: "Draw a happy face", size: "fill")');
    expect(markup).toContain('#sidkit-drawing-area(label: "Half", size: "half")');
  });

  it('reports an area outside a worksheet and an unknown size', () => {
    const { problems } = convert(
      '<div data-sidkit="drawing-area" data-label="Lost"></div>' +
        worksheet('<div data-sidkit="drawing-area" data-label="Big" data-size="huge"></div>'),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'This part of a worksheet must be written inside a <Worksheet>.',
      'data-size="huge" must be one of: fill, half, third.',
    ]);
  });
});

describe('tables in a worksheet', () => {
  const table =
    '<table><thead><tr><th>Our plan</th><th>Our answer</th></tr></thead><tbody><tr><td>Audience</td><td></td></tr></tbody></table>';

  it('leave each data cell room to write, under a tinted header', () => {
    const { markup } = convert(worksheet(table));
    expect(markup).toContain('sidkit-th()[#"Our plan"]');
    expect(markup).toContain('[#sidkit-write-cell[#"Audience"]], [#sidkit-write-cell[]]');
  });

  it('stay as they are outside a worksheet', () => {
    expect(convert(table).markup).not.toContain('sidkit-write-cell');
  });
});
