import { expect, test } from 'vitest';
import { formatHtmlErrors, validateHtml } from '../../helpers/quality/html.ts';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>${body}</main></body></html>`;

test('valid pages have no errors', async () => {
  expect(await validateHtml([['ok.html', page('<h1>Title</h1><img src="a.png" alt="A cat">')]])).toEqual([]);
});

test('reports conformance and accessibility errors with file, position, rule and element', async () => {
  const errors = await validateHtml([
    ['bad.html', page('<h1>Title</h1><img src="a.png"><ul><div>not a list item</div></ul>')],
  ]);
  expect(errors.map((error) => error.rule)).toEqual(expect.arrayContaining(['wcag/h37', 'element-permitted-content']));
  expect(formatHtmlErrors(errors)).toMatch(
    /^bad\.html:2:\d+ wcag\/h37: <img> is missing required "alt" attribute \(html > body > main > img\)$/m,
  );
});
