import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFound, localBrowser } from '../../helpers/browser-executable.ts';
import { fontconfigText } from '../../helpers/browser-fonts.ts';

const folder = mkdtempSync(join(tmpdir(), 'sidkit-browser-'));
const file = (name: string) => {
  const path = join(folder, name);
  writeFileSync(path, '');
  return path;
};
const named = file('named-chrome');
const system = file('chromium');
const missing = join(folder, 'not-there');

describe('localBrowser', () => {
  it('takes the browser SIDKIT_CHROMIUM names before any other', () => {
    expect(localBrowser({ SIDKIT_CHROMIUM: named }, [system])).toEqual({ path: named, origin: 'SIDKIT_CHROMIUM' });
  });

  it('reports a SIDKIT_CHROMIUM that names no file instead of quietly using another browser', () => {
    expect(() => localBrowser({ SIDKIT_CHROMIUM: missing }, [system])).toThrow(BrowserNotFound);
    expect(() => localBrowser({ SIDKIT_CHROMIUM: missing }, [system])).toThrow(
      /SIDKIT_CHROMIUM names .*not-there, which is not a file/,
    );
  });

  it('otherwise finds the first system browser that exists', () => {
    expect(localBrowser({}, [missing, system])).toEqual({ path: system, origin: 'system' });
    expect(localBrowser({ SIDKIT_CHROMIUM: ' ' }, [system])).toEqual({ path: system, origin: 'system' });
  });

  it('leaves the npm browser to the caller when the machine has none', () => {
    expect(localBrowser({}, [missing, folder])).toBeUndefined();
  });
});

describe('fontconfigText', () => {
  it('lists only the given font folders and maps the generic families onto the bundled ones', () => {
    const text = fontconfigText(['/fonts/a & b', '/fonts/c'], '/cache');
    expect(text.match(/<dir>[^<]*<\/dir>/g)).toEqual(['<dir>/fonts/a &amp; b</dir>', '<dir>/fonts/c</dir>']);
    expect(text).not.toContain('<include');
    expect(text).toContain(
      '<alias binding="same"><family>sans-serif</family><prefer><family>Noto Sans</family><family>IBM Plex Sans Arabic</family><family>Noto Sans SC</family><family>Noto Emoji</family></prefer></alias>',
    );
    expect(text).toContain('<cachedir>/cache</cachedir>');
  });
});
