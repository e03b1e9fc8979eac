import { describe, expect, test } from 'vitest';
import { staticMdx, type StaticChunk } from '../../../src/lib/content/static-mdx.ts';

/** The chunks of `body`, failing the test when it would need the module path. */
function chunksOf(body: string): StaticChunk[] {
  const rendered = staticMdx(body);
  if (!rendered) throw new Error('expected content-only MDX');
  return rendered.chunks;
}

describe('content-only MDX rendered at content sync', () => {
  test('Markdown becomes one run of HTML, with smart punctuation and GFM tables as Astro renders them', () => {
    expect(chunksOf('Say "no" -- it\'s fine...\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toEqual([
      '<p>Say “no” – it’s fine…</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
    ]);
  });

  test('headings get github-slugger ids in document order, repeated titles numbered, and are listed', () => {
    const rendered = staticMdx(
      '## Who can help?\n\n<Callout kind="tip">\n\n### Who can help?\n\n</Callout>\n\n## Café & more',
    );
    expect(rendered?.headings).toEqual([
      { depth: 2, slug: 'who-can-help', text: 'Who can help?' },
      { depth: 3, slug: 'who-can-help-1', text: 'Who can help?' },
      { depth: 2, slug: 'café--more', text: 'Café & more' },
    ]);
    expect(rendered?.chunks[0]).toBe('<h2 id="who-can-help">Who can help?</h2>\n');
  });

  test('a component keeps its literal attributes as values, a bare attribute as true, and its content as chunks', () => {
    expect(
      chunksOf(
        "<Worksheet title=\"My plan\" lines={6} printable decorative={false} note={'it\\'s'}>\n\nWrite here.\n\n</Worksheet>",
      ),
    ).toEqual([
      {
        name: 'Worksheet',
        props: { title: 'My plan', lines: 6, printable: true, decorative: false, note: "it's", id: 'worksheet-1' },
        children: ['<p>Write here.</p>'],
      },
    ]);
  });

  test('an inline component splits its paragraph around it', () => {
    expect(chunksOf('Most children go online <Cite source="A/HRC/28/56" para="12" /> every day.')).toEqual([
      '<p>Most children go online ',
      { name: 'Cite', props: { source: 'A/HRC/28/56', para: '12' }, children: [] },
      ' every day.</p>',
    ]);
  });

  test('numbered components get the anchors of the MDX compile, replacing an id an author wrote', () => {
    const ids = chunksOf(
      '<Activity title="A" minutes={5} purpose="p" id="mine">\n\nOne\n\n</Activity>\n\n<Activity title="B" minutes={5} purpose="p">\n\nTwo\n\n</Activity>\n\n<Worksheet title="W">\n\nThree\n\n</Worksheet>',
    ).flatMap((chunk) => (typeof chunk === 'string' ? [] : [chunk.props.id]));
    expect(ids).toEqual(['activity-1', 'activity-2', 'worksheet-1']);
  });

  test('an editor comment renders nothing, on its own line or inside a paragraph', () => {
    expect(chunksOf('{/* check this figure */}\n\nText {/* source? */} here.')).toEqual(['\n<p>Text  here.</p>']);
  });

  test('a lower-case JSX element renders as that HTML element around its content', () => {
    expect(chunksOf('<div class="note">\n\nHello <Fact id="child-helplines" />\n\n</div>')).toEqual([
      '<div class="note"><p>Hello ',
      { name: 'Fact', props: { id: 'child-helplines' }, children: [] },
      '</p></div>',
    ]);
  });

  test.each([
    ['an import', "import X from './x.astro';\n\nText."],
    ['an export', 'export const a = 1;\n\nText.'],
    ['an expression', 'Built {new Date().getFullYear()}.'],
    ['an attribute expression', '<Callout kind={"ti" + "p"}>\n\nText.\n\n</Callout>'],
    ['a spread attribute', '<Callout {...props}>\n\nText.\n\n</Callout>'],
    ['a string attribute with an escape JSON lacks', "<Worksheet title={'\\x41'}>\n\nText.\n\n</Worksheet>"],
    ['a code block, which Astro highlights when it bundles', '```js\nconst a = 1;\n```'],
    ['a Markdown picture, which Astro imports', '![A park](./park.jpg)'],
    ['a picture component', '<Figure src="./park.jpg" alt="A park" />'],
    ['a syntax error', '<Callout>\n\nunclosed'],
  ])('%s keeps the file on the module path', (_, body) => {
    expect(staticMdx(body)).toBeUndefined();
  });
});
