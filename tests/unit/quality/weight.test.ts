import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { budgetProblems, formatWeight, kb, pageWeight } from '../../helpers/quality/weight.ts';
import { siteOf } from './site-of.ts';

const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const html = `<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="canonical" href="/other/"></head>
  <body><a href="/other/">other</a><img src="/a.png" alt=""><img src="/a.png" alt=""></body></html>`;
const css = `@import "more.css"; body { background: url(/bg.png) } @font-face { font-family: F; src: url(/f.woff2) }`;
const files = {
  'page.html': html,
  's.css': css,
  'more.css': 'p{}',
  'a.png': 'A'.repeat(5000),
  'bg.png': 'B'.repeat(300),
  'f.woff2': 'F'.repeat(100),
  'other/index.html': 'X'.repeat(99999),
};

describe('page weight', () => {
  const weight = pageWeight(siteOf(files), 'page.html', { base: '/' });

  test('counts the page and what it loads, through its stylesheets, once each; not the pages it links to', () => {
    expect(weight.files.map((file) => file.file).sort()).toEqual([
      'a.png',
      'bg.png',
      'f.woff2',
      'more.css',
      'page.html',
      's.css',
    ]);
    expect(weight.files[0]).toEqual({ file: 'page.html', bytes: html.length, gzipBytes: gzip(html) });
    expect(weight.gzipBytes).toBe(
      Object.entries(files)
        .filter(([file]) => !file.startsWith('other'))
        .reduce((sum, [, text]) => sum + gzip(text), 0),
    );
    expect(weight.scripts).toBe(0);
  });

  test('reports a page over its byte budget, or running scripts it must not, and nothing otherwise', () => {
    expect(budgetProblems(weight, { maxGzipBytes: weight.gzipBytes, maxScripts: 0 })).toEqual([]);
    expect(budgetProblems(weight, { maxGzipBytes: 100 })).toEqual([
      `page.html loads ${kb(weight.gzipBytes)} compressed, over its budget of 0.1 KB`,
    ]);
    const scripted = pageWeight(
      siteOf({ 'p.html': '<script>1</script><script src="/a.js"></script>', 'a.js': '2' }),
      'p.html',
      { base: '/' },
    );
    expect(budgetProblems(scripted, { maxScripts: 0 })).toEqual(['p.html runs 2 script(s) but must run none']);
    expect(budgetProblems(scripted, { maxScripts: 1 })).toEqual(['p.html runs 2 script(s) but must run at most 1']);
    expect(budgetProblems(scripted, { maxScripts: 2 })).toEqual([]);
  });

  test('breaks a page down file by file, heaviest first', () => {
    const lines = formatWeight(weight).split('\n');
    expect(lines[0]).toBe(`page.html: ${kb(weight.gzipBytes)} compressed in 6 file(s), 0 script(s)`);
    expect(lines[1]).toMatch(/^ +0\.\d KB +\(\d\.\d KB raw\) +page\.html$/);
    expect(lines).toHaveLength(7);
  });

  test('refuses a page that is not in the site', () => {
    expect(() => pageWeight(siteOf({}), 'missing.html', { base: '/' })).toThrow(
      'missing.html is not a file of the site',
    );
  });
});
