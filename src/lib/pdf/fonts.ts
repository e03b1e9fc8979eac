/**
 * The fonts toolkit PDFs are set in, read from npm font packages so every machine builds
 * the same PDF. Typst also sees the machine's own fonts and cannot be told not to, so
 * documents name these families explicitly (see `fontFamiliesFor`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Family names as the font files declare them, by the script they are chosen for. */
export const FONT_FAMILIES = {
  /** Latin, Cyrillic and Greek. */
  latin: 'Noto Sans',
  /** Arabic; extracts cleanly from PDFs, where Noto Sans Arabic doubles dotted letters. */
  arabic: 'IBM Plex Sans Arabic',
  /** Simplified Chinese. */
  chinese: 'Noto Sans SC',
  /** Emoji, drawn in black like the text (a colour emoji font would weigh megabytes more per PDF). */
  emoji: 'Noto Emoji',
} as const;

/** Font files per package, relative to the package folder. */
const FONT_FILES: Readonly<Record<string, readonly string[]>> = {
  '@expo-google-fonts/noto-sans': [
    '400Regular/NotoSans_400Regular.ttf',
    '700Bold/NotoSans_700Bold.ttf',
    '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  ],
  '@expo-google-fonts/ibm-plex-sans-arabic': [
    '400Regular/IBMPlexSansArabic_400Regular.ttf',
    '700Bold/IBMPlexSansArabic_700Bold.ttf',
  ],
  '@expo-google-fonts/noto-sans-sc': ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'],
  // One weight: emoji in bold text borrow it, and each font file read adds to every build's PDF time.
  '@expo-google-fonts/noto-emoji': ['400Regular/NotoEmoji_400Regular.ttf'],
};

/** Absolute paths of every font file, resolved through the installed packages. */
export function fontPaths(): string[] {
  const require = createRequire(import.meta.url);
  return Object.entries(FONT_FILES).flatMap(([packageName, files]) => {
    const folder = dirname(require.resolve(`${packageName}/package.json`));
    return files.map((file) => join(folder, file));
  });
}

/** Reads every font file, for `NodeCompiler`'s `fontBlobs`. */
export async function loadFonts(): Promise<Buffer[]> {
  return Promise.all(fontPaths().map((path) => readFile(path)));
}

/**
 * The families for a document in this language, its own script first so that its punctuation
 * and digits match its text, and emoji last, so that it draws only what no text font has.
 */
export function fontFamiliesFor(lang: string): string[] {
  const script = new Intl.Locale(lang).maximize().script;
  const first =
    script === 'Arab'
      ? FONT_FAMILIES.arabic
      : script === 'Hans' || script === 'Hant'
        ? FONT_FAMILIES.chinese
        : FONT_FAMILIES.latin;
  const others = Object.values(FONT_FAMILIES).filter((family) => family !== first && family !== FONT_FAMILIES.emoji);
  return [first, ...others, FONT_FAMILIES.emoji];
}
