/**
 * The glyph check of a toolkit: every character its PDF may print must be in one of the
 * bundled fonts, or Typst prints an empty box and drops the character from the PDF's text.
 * The whole file is read, frontmatter included, since its fields are printed too.
 */
import { GlyphNotInFonts } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { codePointName, uncoveredCharacters, type FontCoverage } from '../pdf/font-coverage.ts';
import type { SourceFile } from './campaign-tree.ts';

/** Each character of the toolkit that none of the fonts has, at its line and column. */
export function checkGlyphs(file: SourceFile, coverage: FontCoverage): Problem[] {
  const fonts = coverage.families.join(', ');
  return uncoveredCharacters(file.text, coverage).map(({ character, codePoint, line, column }) =>
    problem(GlyphNotInFonts, {
      file: file.displayPath,
      line,
      column,
      message: `"${character}" (${codePointName(codePoint)}) is in none of the fonts tried: ${fonts}`,
    }),
  );
}
