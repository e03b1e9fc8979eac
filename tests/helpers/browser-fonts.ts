/**
 * A fontconfig file that gives the test browser the npm font packages the PDFs use, and no
 * font of the machine's: screenshots and layouts look the same everywhere, Arabic and Chinese
 * included, on a machine with no fonts installed at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FONT_FAMILIES, fontPaths } from '../../src/lib/pdf/fonts.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The generic families a page may ask for, all served by the bundled fonts. */
const GENERIC_FAMILIES = ['sans-serif', 'serif', 'system-ui', 'monospace'];

/** The text of fonts.conf: the bundled fonts' folders, a cache folder, and the generic families mapped onto them. */
export function fontconfigText(fontFolders: readonly string[], cacheFolder: string): string {
  const families = Object.values(FONT_FAMILIES)
    .map((family) => `<family>${escapeXml(family)}</family>`)
    .join('');
  const aliases = GENERIC_FAMILIES.map(
    (generic) => `  <alias binding="same"><family>${generic}</family><prefer>${families}</prefer></alias>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...fontFolders.map((folder) => `  <dir>${escapeXml(folder)}</dir>`),
    `  <cachedir>${escapeXml(cacheFolder)}</cachedir>`,
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Writes fonts.conf into `folder` and returns its path, for the browser's FONTCONFIG_FILE. */
export function writeBrowserFontconfig(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'fonts.conf');
  const fontFolders = [...new Set(fontPaths().map((font) => dirname(font)))];
  writeFileSync(path, fontconfigText(fontFolders, join(folder, 'cache')));
  return path;
}
