import { expect, test } from 'vitest';
import { formatHtmlErrors, validateHtml } from '../helpers/quality/html.ts';
import { demoFiles } from '../helpers/demo-site.ts';

const pages = () =>
  [...demoFiles()]
    .filter(([file]) => file.endsWith('.html'))
    .map(([file, content]) => [file, content.toString('utf8')] as const);

test('every built page is valid HTML with no html-validate errors', async () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(40);
  const errors = await validateHtml(all);
  expect(errors, formatHtmlErrors(errors)).toEqual([]);
});

test('the gate catches a planted image without alt text', async () => {
  const [file, html] = pages().find(([name]) => name === 'en/sid-2027/schools/index.html')!;
  const errors = await validateHtml([[file, html.replace('</h1>', '</h1><img src="/photo.png">')]]);
  expect(formatHtmlErrors(errors)).toMatch(/^en\/sid-2027\/schools\/index\.html:\d+:\d+ wcag\/h37: .*alt/);
});
