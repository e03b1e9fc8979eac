import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-campaigns.ts';
import { checkMdx } from '../../../src/lib/content/check-mdx.ts';
import { checkPictures } from '../../../src/lib/content/check-pictures.ts';
import { PAGE_COMPONENTS } from '../../../src/lib/components/registry.ts';
import { figureImage } from '../../../src/lib/content/figure-picture.ts';
import { mdxPictures } from '../../../src/lib/content/mdx-pictures.ts';
import { resolvePictureSource } from '../../../src/lib/content/picture-source.ts';
import type { SourceFile } from '../../../src/lib/content/campaign-tree.ts';
import { readTestProject } from '../../helpers/project.ts';

const page = (text: string, pathInCampaign = 'en/schools.mdx'): SourceFile => ({
  pathInCampaign,
  displayPath: `campaigns/demo/${pathInCampaign}`,
  text: `---\ntitle: T\ndescription: D\n---\n\n${text}\n`,
});
const files = new Set(['images/classroom.jpg', 'en/guide/photo.png']);
const problemsIn = (text: string, path?: string) =>
  checkPictures(page(text, path), files).map(({ name, line, field, message }) => ({ name, line, field, message }));

describe('where a picture points', () => {
  test('a path relative to the page, into the campaign folder', () => {
    expect(resolvePictureSource('../images/classroom.jpg', 'en/schools.mdx')).toEqual({
      ok: true,
      pathInCampaign: 'images/classroom.jpg',
    });
    // An SVG is served as it is and printed as a drawing.
    expect(resolvePictureSource('../images/badge.svg', 'en/schools.mdx')).toEqual({
      ok: true,
      pathInCampaign: 'images/badge.svg',
    });
    expect(resolvePictureSource('../../images/my%20photo.webp', 'fr/guide/index.mdx')).toEqual({
      ok: true,
      pathInCampaign: 'images/my photo.webp',
    });
    expect(resolvePictureSource('photo.png', 'en/guide/index.mdx')).toEqual({
      ok: true,
      pathInCampaign: 'en/guide/photo.png',
    });
  });

  test.each([
    ['https://example.com/a.jpg', 'remote'],
    ['http://example.com/a.jpg', 'remote'],
    ['//cdn.example.com/a.jpg', 'remote'],
    ['data:image/png;base64,AAAA', 'remote'],
    ['/images/a.jpg', 'absolute'],
    ['../../other/a.jpg', 'outside'],
    ['../../../etc/a.png', 'outside'],
    ['../images/a.gif', 'format'],
    ['../images/a.bmp', 'format'],
    ['../images/a.jpg?raw', 'format'],
  ])('refuses %s (%s)', (src, reason) => {
    expect(resolvePictureSource(src, 'en/schools.mdx')).toMatchObject({ ok: false, reason });
  });
});

describe('the pictures of an MDX file', () => {
  test('are found in Markdown and in <Figure>, with their lines', () => {
    const pictures = mdxPictures(
      page('Text ![A](../images/classroom.jpg) more.\n\n<Figure src="x.png" decorative />\n\n![B][ref]\n\n[ref]: y.png')
        .text,
    );
    expect(pictures).toEqual([
      expect.objectContaining({ form: 'markdown', src: '../images/classroom.jpg', alt: 'A', line: 6 }),
      expect.objectContaining({ form: 'Figure', src: 'x.png', alt: undefined, decorative: true, line: 8 }),
      expect.objectContaining({ form: 'reference', src: undefined, alt: 'B', line: 10 }),
    ]);
  });
});

describe('the picture check', () => {
  test('passes described pictures that exist, and decorative figures', () => {
    expect(
      problemsIn(
        '![Pupils talking](../../images/classroom.jpg)\n\n<Figure src="../../images/classroom.jpg" alt="Pupils" caption="C" />\n\n<Figure src="photo.png" decorative />\n\n<Figure src="photo.png" alt="" decorative />',
        'en/guide/index.mdx',
      ),
    ).toEqual([]);
  });

  test('reports a picture without a text alternative, at its line', () => {
    expect(
      problemsIn(
        '![](../images/classroom.jpg)\n\n<Figure src="../images/classroom.jpg" />\n\n<Figure src="../images/classroom.jpg" alt="" />\n\n<Figure src="../images/classroom.jpg" alt="Words" decorative />',
      ),
    ).toEqual([
      {
        name: 'PictureAltMissing',
        line: 6,
        field: '![alt]',
        message: '![](../images/classroom.jpg) has no text alternative',
      },
      {
        name: 'PictureAltMissing',
        line: 8,
        field: '<Figure alt>',
        message: '<Figure src="../images/classroom.jpg"> has no text alternative',
      },
      {
        name: 'PictureAltMissing',
        line: 10,
        field: '<Figure alt>',
        message:
          '<Figure src="../images/classroom.jpg"> has no text alternative (alt="" is only for a decorative picture)',
      },
      {
        name: 'ComponentAttributeInvalid',
        line: 12,
        field: '<Figure decorative>',
        message: '<Figure src="../images/classroom.jpg"> is marked decorative but has alt="Words"',
      },
    ]);
  });

  test('reports a missing file, and sources that are not files of the campaign', () => {
    expect(
      problemsIn(
        '![A](../images/gone.jpg)\n\n![B](https://example.com/b.jpg)\n\n<Figure src="../../x/c.png" alt="C" />\n\n![D](/d.png)\n\n![E][e]\n\n[e]: e.png',
      ),
    ).toEqual([
      expect.objectContaining({
        name: 'PictureNotFound',
        line: 6,
        message: '../images/gone.jpg would be images/gone.jpg in the campaign folder, which does not exist',
      }),
      expect.objectContaining({ name: 'PictureSourceInvalid', line: 8, message: expect.stringMatching(/an address$/) }),
      expect.objectContaining({
        name: 'PictureSourceInvalid',
        line: 10,
        field: '<Figure src>',
        message: '../../x/c.png leaves the campaign folder',
      }),
      expect.objectContaining({
        name: 'PictureSourceInvalid',
        line: 12,
        message: expect.stringMatching(/starts with "\/"/),
      }),
      expect.objectContaining({
        name: 'PictureSourceInvalid',
        line: 14,
        message: expect.stringMatching(/reference-style/),
      }),
    ]);
  });

  test('reports a figure written inside a paragraph, where <figure> cannot go', () => {
    expect(problemsIn('Text <Figure src="../images/classroom.jpg" alt="Pupils" /> more text.')).toEqual([
      {
        name: 'FigureInText',
        line: 6,
        field: '<Figure>',
        message: '<Figure src="../images/classroom.jpg"> is inside a paragraph, where a figure cannot go',
      },
    ]);
  });

  test('checks the pictures of a toolkit, which its PDF prints, by the same rules as those of a page', () => {
    const problems = problemsIn(
      '![](https://example.com/x.png)\n\n<Figure src="../../images/classroom.jpg" alt="Pupils" />\n\n![Badge](../../images/badge.svg)',
      'en/toolkits/pack.mdx',
    );
    expect(problems.map(({ name, line }) => `${name} ${line}`)).toEqual([
      'PictureAltMissing 6',
      'PictureSourceInvalid 6',
      'PictureNotFound 10',
    ]);
  });
});

describe("<Figure>'s attributes", () => {
  const check = (text: string) =>
    checkMdx(page(text), { components: PAGE_COMPONENTS, sources: new Map(), facts: [], locale: 'en' }).map(
      ({ name, field, expected }) => ({ name, field, expected }),
    );

  test('take alt="" as a value, and flags written alone', () => {
    expect(check('<Figure src="a.png" alt="" decorative priority />')).toEqual([]);
  });

  test('need a src, and refuse a value on a flag', () => {
    expect(check('<Figure alt="A" decorative="yes" />')).toEqual([
      {
        name: 'ComponentAttributeInvalid',
        field: '<Figure src>',
        expected: 'an address or path in quotes, e.g. src="../images/classroom.jpg"',
      },
      {
        name: 'ComponentAttributeInvalid',
        field: '<Figure decorative>',
        expected: 'the word decorative alone, without a value',
      },
    ]);
  });
});

describe('a figure compiled to Markdown', () => {
  const element = (attributes: Record<string, string | null>) => ({
    type: 'mdxJsxFlowElement' as const,
    name: 'Figure',
    attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value })),
    children: [],
  });

  test('shows its picture with its alt text, an empty one when decorative, and priority for the template', () => {
    expect(figureImage(element({ src: 'a.png', alt: 'A', caption: 'C' }))).toEqual({
      type: 'image',
      url: 'a.png',
      alt: 'A',
    });
    expect(figureImage(element({ src: 'a.png', decorative: null, priority: null }))).toEqual({
      type: 'image',
      url: 'a.png',
      alt: '',
      data: { hProperties: { priority: 'true' } },
    });
    expect(figureImage({ ...element({ src: 'a.png' }), name: 'Callout' })).toBeUndefined();
  });
});

describe('the whole check', () => {
  test('reports every picture problem of a campaign in one run, with the other content problems', () => {
    const problems = checkProject(
      readTestProject(resolve(import.meta.dirname, '../../fixtures/pictures-broken/campaigns')),
    );
    expect(problems.map((p) => `${p.name} ${p.file.split('/').slice(-2).join('/')}:${p.line}`)).toEqual([
      'PictureAltMissing en/index.mdx:7',
      'PictureAltMissing en/index.mdx:9',
      'PictureAltMissing en/index.mdx:11',
      'PictureNotFound en/index.mdx:13',
      'PictureSourceInvalid en/index.mdx:15',
      'PictureSourceInvalid en/index.mdx:17',
      'PictureSourceInvalid en/index.mdx:19',
      'ComponentAttributeInvalid en/index.mdx:21',
      'FigureInText en/index.mdx:25',
      'PictureAltMissing toolkits/pack.mdx:9',
      'PictureNotFound toolkits/pack.mdx:13',
    ]);
    // A figure in a toolkit is a component of toolkits: only its picture is reported.
    expect(problems.filter((p) => p.file.endsWith('pack.mdx')).map((p) => p.name)).toEqual([
      'PictureAltMissing',
      'PictureNotFound',
    ]);
    expect(checkProject(readTestProject(resolve(import.meta.dirname, '../../fixtures/pictures/campaigns')))).toEqual(
      [],
    );
  });
});
