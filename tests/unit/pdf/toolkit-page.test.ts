import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseToolkitMain } from '../../../src/lib/pdf/toolkit-page.ts';

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header><nav><a href="/a/">A page</a></nav></header>${main}<footer>Footer</footer></body></html>`;

describe('parseToolkitMain', () => {
  it('parses only <main>, with its attributes and everything inside it', () => {
    const tree = parseToolkitMain(
      page('<main id="main" class="x"><article data-toolkit lang="ar"><h1>عنوان</h1></article></main>'),
    );
    expect(select('main#main.x article[data-toolkit][lang="ar"] h1', tree)).toBeTruthy();
    expect(toString(tree)).toBe('عنوان');
    expect(select('nav, footer, header', tree)).toBeUndefined();
  });

  it('reads the whole page when it does not hold exactly one <main>', () => {
    for (const html of [page('<article data-toolkit>no main</article>'), page('<main>one</main><main>two</main>')]) {
      const tree = parseToolkitMain(html);
      expect(select('nav', tree)).toBeTruthy();
    }
  });

  it('does not take an element whose name starts with "main" for <main>', () => {
    const tree = parseToolkitMain(page('<main-menu>m</main-menu><main><p>body</p></main>'));
    expect(toString(select('main', tree)!)).toBe('body');
    expect(select('nav', tree)).toBeUndefined();
  });
});
