/**
 * Which characters the bundled PDF fonts can draw, read from their character maps (cmap)
 * with fontkitten. Typst prints a character no font has as an empty box and leaves it out
 * of the PDF's text, without a warning, so the content check asks this before any build.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { fontPaths } from './fonts.ts';

/** What a set of fonts can draw. */
export interface FontCoverage {
  /** The fonts' family names, in the order they were read. */
  readonly families: readonly string[];
  /** Whether any of the fonts has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

/** The coverage of font files given as their bytes (TrueType or OpenType, one font per file). */
export function fontCoverage(files: readonly Uint8Array[]): FontCoverage {
  const fonts = files.map((file) => {
    const font = create(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
    if (!('hasGlyphForCodePoint' in font)) throw new Error('A font collection cannot be a PDF font.');
    return font as Font;
  });
  const known = new Map<number, boolean>();
  return {
    families: [...new Set(fonts.map((font) => font.familyName))],
    covers(codePoint) {
      let covered = known.get(codePoint);
      if (covered === undefined) {
        covered = fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
        known.set(codePoint, covered);
      }
      return covered;
    },
  };
}

let bundled: FontCoverage | undefined;

/**
 * The coverage of the bundled fonts, read once per process. Only the regular weight of each
 * family is read: its bold has the same characters, and Noto Sans SC alone weighs 10 MB a file.
 */
export function bundledFontCoverage(): FontCoverage {
  bundled ??= fontCoverage(
    fontPaths()
      .filter((path) => path.endsWith('_400Regular.ttf'))
      .map((path) => readFileSync(path)),
  );
  return bundled;
}

/** Control characters and default-ignorable ones (variation selectors, joiners) draw nothing, so need no glyph. */
const NEEDS_NO_GLYPH = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

/** A character of a text that none of the fonts can draw, where it is: line and column count from 1, in characters. */
export interface UncoveredCharacter {
  readonly character: string;
  readonly codePoint: number;
  readonly line: number;
  readonly column: number;
}

/** Every character of the text, in order, that needs a glyph none of the fonts has. */
export function uncoveredCharacters(text: string, coverage: FontCoverage): UncoveredCharacter[] {
  const found: UncoveredCharacter[] = [];
  // A text uses few distinct characters: each is looked up once.
  const missing = new Map<string, boolean>();
  let line = 1;
  let column = 1;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    let isMissing = missing.get(character);
    if (isMissing === undefined) {
      isMissing = !NEEDS_NO_GLYPH.test(character) && !coverage.covers(codePoint);
      missing.set(character, isMissing);
    }
    if (isMissing) found.push({ character, codePoint, line, column });
    if (character === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return found;
}

/** A code point as Unicode writes it, e.g. `U+1F600`. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
