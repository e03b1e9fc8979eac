import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, foldersBesideOutput, type FixtureBuild } from '../helpers/build-fixture.ts';
import { parsePage } from '../helpers/html.ts';
import { figureAlts, pdfText, rasterImages, renderPage } from '../helpers/pdf-inspect.ts';

// A toolkit with a PNG in Markdown and an SVG in a <Figure> with a caption; the broken copy's SVG is not valid XML,
// which only Typst notices: the build stops at the PDF step, after the pages are written.
let build: FixtureBuild;
let broken: FixtureBuild;
const PAGE = 'en/pics/toolkits/with-pictures/index.html';
const PDF = 'en/pics/toolkits/pics-with-pictures-en-a4.pdf';
const PNG_ALT = 'A blue circle with a white tick next to a yellow square';
const SVG_ALT = 'A blue circle and a red triangle on yellow';

beforeAll(() => {
  build = buildFixture('toolkit-pictures');
  broken = buildFixture('toolkit-pictures-broken');
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('a toolkit page', () => {
  test('shows its PNG as a <picture> and its SVG as it is, each naming its original file for the PDF', () => {
    const page = parsePage(build.read(PAGE));
    const [png, svg] = page.all('main img').map((image) => image.properties);
    expect(png).toMatchObject({ alt: PNG_ALT, dataPdfSource: 'pics/images/shapes.png', width: 1200 });
    expect(page.all('main picture source')).toHaveLength(2);
    expect(svg).toMatchObject({ alt: SVG_ALT, width: 400, height: 200 });
    expect(String(svg!.src)).toMatch(/^\/_astro\/badge\.[\w-]+\.svg$/);
    expect(build.read(String(svg!.src).slice(1))).toBe(
      readFileSync(join(import.meta.dirname, '../fixtures/toolkit-pictures/campaigns/pics/images/badge.svg'), 'utf8'),
    );
    expect(page.text('main figure figcaption')).toBe('The badge the class designs.');
  });
});

describe('its PDF', () => {
  test('tags both pictures with their text alternatives, for screen readers', () => {
    expect(figureAlts(join(build.outDir, PDF))).toEqual([PNG_ALT, SVG_ALT]);
  });

  test('prints the PNG from the original file, at its full 1200 × 800 pixels, and the SVG as a drawing', () => {
    expect(rasterImages(join(build.outDir, PDF))).toEqual([{ width: 1200, height: 800 }]);
    expect(pdfText(join(build.outDir, PDF))).toContain('The badge the class designs.');
  });

  test('shows both pictures on its pages, for people to look at', () => {
    const pages = [3, 4].map((page) =>
      renderPage(join(build.outDir, PDF), page, join(build.outDir, `../pdf-page-${page}.png`), 60),
    );
    // The photo fills most of page 3's text width; the drawing and its caption sit in the activity on page 4.
    for (const page of pages) expect(page.ink).toBeGreaterThan(0.1);
  });

  test('is swapped into the output folder with the rest of the site once every step passes, leaving no staging folder', () => {
    expect(build.output).toMatch(/Every step passed: the new site is in tests\/\.output\/toolkit-pictures\/dist\//);
    expect(foldersBesideOutput(build.outDir)).toEqual([]);
  });
});

describe('a build that stops at the PDF step', () => {
  test('says what failed and that nothing was published: exit code 1, a catalogued report, no stack trace', () => {
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(
      /✖ Typst could not make the toolkit PDF {2}\(.*broken-pics\/en\/toolkits\/with-pictures\.mdx\)/,
    );
    expect(broken.output).toMatch(/failed to parse SVG/);
    expect(broken.output).toMatch(
      /The build stopped, so nothing was written to tests\/\.output\/toolkit-pictures-broken\/dist\//,
    );
    expect(broken.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test('leaves no output folder with pages but no PDF, and removes the staging folder it wrote them into', () => {
    // The pages were written (Astro rendered its routes), then discarded with the staging folder; tests/build/safe-builds.test.ts keeps an earlier site.
    expect(broken.output).toMatch(/generating static routes[^]*✓ Completed in/);
    expect(existsSync(broken.outDir)).toBe(false);
    expect(foldersBesideOutput(broken.outDir)).toEqual([]);
  });
});
