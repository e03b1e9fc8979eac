/**
 * Checks the pictures of one MDX file before the bundler sees them: each has a text
 * alternative (or is marked decorative), points at a picture file of the campaign that
 * exists, and a figure stands on lines of its own. Pages and toolkits follow the same rules:
 * a toolkit's PDF prints the same files (src/lib/pdf/pdf-pictures.ts). Astro would
 * otherwise stop on the first missing file, late and deep in Vite, or ship a page that
 * loads a picture from another site.
 */
import {
  ComponentAttributeInvalid,
  FigureInText,
  PictureAltMissing,
  PictureNotFound,
  PictureSourceInvalid,
} from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { safeUrl } from '../safe-url.ts';
import type { SourceFile } from './campaign-tree.ts';
import { mdxPictures, type MdxPicture } from './mdx-pictures.ts';
import { resolvePictureSource } from './picture-source.ts';

/** How a picture is written, for messages: `![alt](src)` or `<Figure src="…">`. */
function written(picture: MdxPicture): string {
  if (picture.form === 'markdown') return `![${picture.alt ?? ''}](${picture.src ?? ''})`;
  if (picture.form === 'reference') return `![${picture.alt ?? ''}][…]`;
  return `<${picture.form} src="${picture.src ?? ''}">`;
}

function altProblems(file: SourceFile, picture: MdxPicture): Problem[] {
  const place = { file: file.displayPath, line: picture.line, column: picture.column };
  const markdown = picture.form === 'markdown' || picture.form === 'reference';
  const alt = picture.alt?.trim() ?? '';
  if (picture.decorative) {
    if (alt === '') return [];
    return [
      problem(ComponentAttributeInvalid, {
        ...place,
        field: `<${picture.form} decorative>`,
        message: `${written(picture)} is marked decorative but has alt="${picture.alt}"`,
        expected: 'either alt="what the picture shows", or decorative (screen readers then skip it), not both',
      }),
    ];
  }
  if (alt !== '') return [];
  return [
    problem(PictureAltMissing, {
      ...place,
      field: markdown ? '![alt]' : `<${picture.form} alt>`,
      message: `${written(picture)} has no text alternative${markdown ? '' : picture.alt === '' ? ' (alt="" is only for a decorative picture)' : ''}`,
      expected: markdown
        ? '![What the picture shows](path), or <Figure src="path" decorative /> for a purely decorative picture'
        : `alt="what the picture shows", or decorative for a purely decorative picture`,
    }),
  ];
}

function sourceProblems(file: SourceFile, picture: MdxPicture, files: ReadonlySet<string>): Problem[] {
  const place = { file: file.displayPath, line: picture.line, column: picture.column };
  const field =
    picture.form === 'markdown' || picture.form === 'reference' ? written(picture) : `<${picture.form} src>`;
  if (picture.form === 'reference')
    return [
      problem(PictureSourceInvalid, {
        ...place,
        field,
        message: `${written(picture)} is a reference-style picture, which is not optimised`,
        expected: '![What the picture shows](../images/classroom.jpg), with the path in brackets',
      }),
    ];
  // A component without src is reported by the attribute check, and an unsafe address by the link check.
  if (picture.src === undefined || !safeUrl(picture.src).safe) return [];
  const source = resolvePictureSource(picture.src, file.pathInCampaign);
  if (!source.ok)
    return [
      problem(PictureSourceInvalid, {
        ...place,
        field,
        message: source.message,
        expected: 'a JPEG, PNG, WebP, AVIF or SVG file inside the campaign folder, e.g. ../images/classroom.jpg',
      }),
    ];
  if (files.has(source.pathInCampaign)) return [];
  return [
    problem(PictureNotFound, {
      ...place,
      field,
      message: `${picture.src} would be ${source.pathInCampaign} in the campaign folder, which does not exist`,
      expected: `a file at ${source.pathInCampaign}, or the path of an existing picture`,
    }),
  ];
}

function placementProblems(file: SourceFile, picture: MdxPicture): Problem[] {
  if (!picture.inline) return [];
  return [
    problem(FigureInText, {
      file: file.displayPath,
      line: picture.line,
      column: picture.column,
      field: `<${picture.form}>`,
      message: `${written(picture)} is inside a paragraph, where a figure cannot go`,
      expected: `<${picture.form} … /> on lines of its own, with a blank line before and after`,
    }),
  ];
}

/** Every problem with the pictures of `file`, given the paths of every file of its campaign folder. */
export function checkPictures(file: SourceFile, campaignFiles: ReadonlySet<string>): Problem[] {
  const pictures = mdxPictures(file.text);
  return pictures.flatMap((picture) => [
    ...placementProblems(file, picture),
    ...altProblems(file, picture),
    ...sourceProblems(file, picture, campaignFiles),
  ]);
}
