/**
 * Which addresses campaign content may link to: web, email and phone addresses, pages of
 * the site by relative path, and sections by `#fragment`. Anything else, `javascript:` and
 * `data:` above all, can run code in a reader's browser, so it must never reach a page.
 *
 * Browsers are lenient: they ignore case in a scheme, drop tabs, newlines and leading
 * control characters, and an address may pass through HTML (entities decoded) or a
 * renderer (percent-encoding decoded) before a browser reads it. So the address is read
 * every way it could be decoded, and each reading's scheme is taken from the WHATWG URL
 * parser (what browsers use), not guessed with a pattern. One unsafe reading makes the
 * address unsafe.
 */
import { decodeHTML } from 'entities';

/** The schemes content may link to. */
export const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** What an address is, for one that is safe to link to. */
export type SafeUrlKind = 'web' | 'mailto' | 'tel' | 'relative' | 'fragment';

/** Why an address is refused. */
export type UnsafeReason =
  /** Its scheme, as written or once decoded, is not one of SAFE_SCHEMES. */
  | 'scheme'
  /** It holds a control character, which no real address has and which hides a scheme from readers. */
  | 'control'
  /** No browser could read it as an address. */
  | 'invalid';

/** The verdict on one address. */
export type UrlVerdict =
  | { safe: true; kind: SafeUrlKind }
  | {
      safe: false;
      reason: UnsafeReason;
      /** The scheme found, without its colon, lowercase: `javascript`; undefined unless reason is `scheme`. */
      scheme?: string;
      /** The reading that showed the problem: the address as written, or once decoded. */
      reading: string;
      /** What the organiser reads: what was found, and why it cannot be a link. */
      message: string;
    };

/** What a valid address looks like, for reports. */
export const SAFE_URL_EXPECTED =
  'an http: or https: address, a mailto: or tel: link, a path relative to the page, or a #section';

// Relative addresses are resolved against a base that cannot exist, so that their scheme is the base's.
const BASE = 'https://base.invalid/';

// C0 and C1 controls and DEL: characters a browser strips or that end up invisible in an address.
const CONTROL = /\p{Cc}/u;
// Every character a reader cannot see: controls, format characters (zero-width space, soft hyphen, BOM) and spaces.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/** Decodes percent-encoded ASCII (`%6A` is `j`), which is all a scheme can be made of. */
function decodePercentAscii(text: string): string {
  return text.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Each way a browser, an HTML parser or a renderer might read the text, one step at a time. */
const DECODINGS: readonly ((text: string) => string)[] = [
  (text) => decodeHTML(text),
  decodePercentAscii,
  (text) => text.replace(INVISIBLE, ''),
  (text) => text.normalize('NFKC'),
];

/** The most readings of one address that are tried: enough for every decoding nested a few times over. */
const MAX_READINGS = 64;

/** The address as written, then every reading its decodings lead to, each once. */
function readingsOf(href: string): string[] {
  const readings = [href];
  for (let index = 0; index < readings.length && readings.length < MAX_READINGS; index++) {
    for (const decode of DECODINGS) {
      const next = decode(readings[index] as string);
      if (!readings.includes(next)) readings.push(next);
    }
  }
  return readings;
}

/** The scheme a browser would give `reading`, lowercase without its colon; undefined when it cannot be parsed. */
function schemeOf(reading: string): string | undefined {
  try {
    return new URL(reading, BASE).protocol.slice(0, -1);
  } catch {
    return undefined;
  }
}

function kindOf(href: string, scheme: string): SafeUrlKind {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return 'fragment';
  if (!URL.canParse(trimmed)) return 'relative';
  return scheme === 'mailto' || scheme === 'tel' ? scheme : 'web';
}

function schemeMessage(href: string, reading: string, scheme: string): string {
  const why =
    scheme === 'javascript' || scheme === 'vbscript'
      ? 'which runs code in the reader’s browser'
      : scheme === 'data' || scheme === 'blob'
        ? 'which can hold a whole page or a script'
        : 'which sidkit does not link to';
  if (href.toLowerCase().startsWith(`${scheme}:`)) return `${JSON.stringify(href)} uses the ${scheme}: scheme, ${why}`;
  const seen = JSON.stringify(reading.replace(INVISIBLE, ''));
  return `${JSON.stringify(href)} uses the ${scheme}: scheme once read as a browser reads it (${seen}), ${why}`;
}

/**
 * The verdict on `href`, an address as written in content or data: safe (with its kind),
 * or unsafe with a message saying why. Never throws.
 */
export function safeUrl(href: string): UrlVerdict {
  const written = schemeOf(href);
  if (written === undefined)
    return {
      safe: false,
      reason: 'invalid',
      reading: href,
      message: `${JSON.stringify(href)} cannot be read as an address`,
    };
  for (const reading of readingsOf(href)) {
    const scheme = schemeOf(reading);
    if (scheme !== undefined && !SAFE_SCHEMES.includes(scheme))
      return { safe: false, reason: 'scheme', scheme, reading, message: schemeMessage(href, reading, scheme) };
  }
  const control = CONTROL.exec(href)?.[0];
  if (control !== undefined) {
    const code = `U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      safe: false,
      reason: 'control',
      reading: href,
      message: `${JSON.stringify(href)} holds the invisible control character ${code}`,
    };
  }
  return { safe: true, kind: kindOf(href, written) };
}
