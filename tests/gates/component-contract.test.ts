/**
 * The contract between the components' templates and the PDF converter, checked on the real
 * rendered demo: every `data-sidkit` element that Astro wrote into a toolkit page converts to
 * Typst on its own without a problem, and every component a toolkit can print is exercised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { BLOCK_CONVERTERS, COMPONENTS, INLINE_CONVERTERS } from '../../src/lib/components/registry.ts';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { componentLabels } from '../../src/lib/pdf/toolkit-labels.ts';
import { createTranslate } from '../../src/i18n/translate.ts';
import { hastToTypst } from '../../src/lib/typst/hast-to-typst.ts';
import { demo } from '../helpers/demo-site.ts';

const toolkitPages = filesUnder(join(demo.outDir), 'index.html').filter((file) =>
  /\/[a-z]{2}\/sid-2027\/toolkits\/ages-[\d-]+\/index\.html$/.test(file),
);
const rendered = toolkitPages.flatMap((file) =>
  selectAll('[data-sidkit]', fromHtml(readFileSync(file, 'utf8'))).map((element) => ({ file, element })),
);
const keyOf = (element: Element) => String(element.properties.dataSidkit);

/** The `data-sidkit` key of the component a part must sit inside (an answer box's worksheet), by the part's key. */
const parentKeys = new Map(
  COMPONENTS.flatMap((component) => {
    const parent = COMPONENTS.find((other) => other.name === component.insideOf);
    return parent ? component.pdf.map((part) => [part.key, parent.pdf[0]!.key] as const) : [];
  }),
);

/** The element alone, or inside a bare parent when it is a part that belongs in one (every parent is a titled section). */
function standalone(element: Element): Element {
  const parent = parentKeys.get(keyOf(element));
  if (!parent) return element;
  return {
    type: 'element',
    tagName: 'section',
    properties: { dataSidkit: parent, dataTitle: 'Parent' },
    children: [element],
  };
}

describe('components rendered into the demo toolkits', () => {
  it('are all registered for the PDF', () => {
    expect(toolkitPages.length).toBeGreaterThan(10);
    const known = Object.keys({ ...BLOCK_CONVERTERS, ...INLINE_CONVERTERS });
    expect([...new Set(rendered.map(({ element }) => keyOf(element)))].filter((key) => !known.includes(key))).toEqual(
      [],
    );
  });

  it('cover every component a toolkit can print', () => {
    const printable = COMPONENTS.filter((component) => component.usedIn.includes('toolkit'))
      .flatMap((component) => component.pdf.map((part) => part.key))
      .filter((key) => key !== 'noteref'); // written by hand only: no template renders it
    expect(new Set(rendered.map(({ element }) => keyOf(element)))).toEqual(new Set(printable));
  });

  it('each convert to Typst on their own without a problem', () => {
    const labels = componentLabels(createTranslate('en'));
    for (const { file, element } of rendered.filter(({ element }) => keyOf(element) !== 'cite')) {
      const root = { type: 'root' as const, children: [standalone(element)] };
      const { problems, markup } = hastToTypst(root, { labels, resolveImage: () => undefined });
      expect(problems, `${keyOf(element)} in ${file}`).toEqual([]);
      expect(markup).toContain(`#sidkit-${keyOf(element)}`);
    }
  });
});
