import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeUrl } from '../../../src/lib/safe-url.ts';

/** The scheme found, or the kind of a safe address, for short assertions. */
const verdict = (href: string) => {
  const result = safeUrl(href);
  return result.safe ? result.kind : `${result.reason}${result.scheme ? `:${result.scheme}` : ''}`;
};

describe('addresses content may link to', () => {
  test.each([
    ['https://example.org/a?b=1&copy=2#top', 'web'],
    ['HTTP://EXAMPLE.ORG/', 'web'],
    ['mailto:help@example.org?subject=Safer%20Internet%20Day', 'mailto'],
    ['tel:+44 800 1111', 'tel'],
    ['../get-help/', 'relative'],
    ['schools/', 'relative'],
    ['../images/my%20photo.jpg', 'relative'],
    ['//example.org/page', 'relative'],
    ['获取帮助/', 'relative'],
    ['#contacts', 'fragment'],
    ['', 'relative'],
  ])('%j is %s', (href, kind) => {
    expect(verdict(href)).toBe(kind);
  });
});

describe('addresses that could run code, however they are written', () => {
  test.each([
    ['javascript:alert(1)', 'plain'],
    ['JavaScript:alert(1)', 'mixed case'],
    ['JAVASCRIPT:alert(1)', 'upper case'],
    [' javascript:alert(1)', 'a leading space'],
    ['\u0000javascript:alert(1)', 'a leading NUL'],
    ['\u001fjavascript:alert(1)', 'a leading control character'],
    ['java\tscript:alert(1)', 'an embedded tab'],
    ['java\nscript:alert(1)', 'an embedded newline'],
    ['java\rscript:alert(1)', 'an embedded carriage return'],
    ['java\u0000script:alert(1)', 'an embedded NUL'],
    ['java\u200bscript:alert(1)', 'a zero-width space'],
    ['java\u00adscript:alert(1)', 'a soft hyphen'],
    ['\ufeffjavascript:alert(1)', 'a byte-order mark'],
    ['&#106;avascript:alert(1)', 'a decimal entity'],
    ['&#x6A;avascript:alert(1)', 'a hex entity'],
    ['&#0000106;avascript:alert(1)', 'a zero-padded entity'],
    ['&#106avascript:alert(1)', 'an entity without its semicolon'],
    ['javascript&colon;alert(1)', 'a named entity for the colon'],
    ['java&Tab;script:alert(1)', 'a named entity for a tab'],
    ['java&NewLine;script:alert(1)', 'a named entity for a newline'],
    ['&amp;#106;avascript:alert(1)', 'an entity escaped twice'],
    ['%6Aavascript:alert(1)', 'percent-encoding'],
    ['java%09script:alert(1)', 'a percent-encoded tab'],
    ['%256Aavascript:alert(1)', 'percent-encoding twice'],
    ['&#37;6Aavascript:alert(1)', 'an entity for a percent-encoding'],
    ['ｊａｖａｓｃｒｉｐｔ:alert(1)', 'full-width letters'],
  ])('%j (%s) is a javascript: address', (href) => {
    const result = safeUrl(href);
    expect(result).toMatchObject({ safe: false, reason: 'scheme', scheme: 'javascript' });
    if (!result.safe) expect(result.message).toContain('runs code in the reader’s browser');
  });

  test.each([
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['blob:https://example.org/1', 'blob'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.org/', 'ftp'],
    ['intent://scan/#Intent;scheme=zxing;end', 'intent'],
  ])('%j is refused as %s:', (href, scheme) => {
    expect(safeUrl(href)).toMatchObject({ safe: false, reason: 'scheme', scheme });
  });

  test('says how a disguised address reads once decoded', () => {
    expect(safeUrl('&#106;avascript:alert(1)')).toMatchObject({
      message:
        '"&#106;avascript:alert(1)" uses the javascript: scheme once read as a browser reads it ("javascript:alert(1)"), which runs code in the reader’s browser',
    });
  });

  test('a control character in an otherwise safe address, and an address no browser can read, are refused', () => {
    expect(verdict('https://example.org/\u0001')).toBe('control');
    expect(verdict('https://exa mple.org/')).toBe('invalid');
  });
});

// Property-based: every disguise a browser sees through, in any combination, on the schemes that run code.
const DANGEROUS = ['javascript', 'vbscript', 'data'] as const;
const invisible = fc.constantFrom('\t', '\n', '\r', '\u0000', '\u0008', '\u200b', '\u00ad', '\ufeff', '');
/** One character of a scheme, written plainly, in the other case, as an entity or percent-encoded. */
const disguisedChar = (char: string) =>
  fc.constantFrom(
    char,
    char.toUpperCase(),
    `&#${char.charCodeAt(0)};`,
    `&#x${char.charCodeAt(0).toString(16)};`,
    `%${char.charCodeAt(0).toString(16)}`,
  );
const disguised = fc
  .tuple(
    fc.constantFrom(...DANGEROUS),
    fc.constantFrom('', ' ', '\u0000', '\u001f', '\t\n'),
    fc.constantFrom(':', '&colon;', '&#58;', '%3A'),
  )
  .chain(([scheme, lead, colon]) =>
    fc
      .tuple(...[...scheme].map((char) => fc.tuple(disguisedChar(char), invisible)))
      .map((parts) => ({ scheme, href: `${lead}${parts.flat().join('')}${colon}alert(1)` })),
  );

describe('properties', () => {
  test('every disguised javascript:, vbscript: or data: address is refused with its scheme', () => {
    fc.assert(
      fc.property(disguised, ({ scheme, href }) => {
        expect(safeUrl(href)).toMatchObject({ safe: false, scheme });
      }),
      { numRuns: 2000 },
    );
  });

  test('every web address is safe, as a web address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        expect(safeUrl(href)).toEqual({ safe: true, kind: 'web' });
      }),
      { numRuns: 500 },
    );
  });

  test('every relative path of ordinary words is safe, as a relative address', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), (segments, up) => {
        expect(safeUrl(`${up ? '../' : ''}${segments.join('/')}/`)).toEqual({ safe: true, kind: 'relative' });
      }),
      { numRuns: 500 },
    );
  });

  test('any text at all gets a verdict, never an exception, and a safe one only with an allowed scheme', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (href) => {
        const result = safeUrl(href);
        if (result.safe) {
          const scheme = new URL(href, 'https://base.invalid/').protocol;
          expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(scheme);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
