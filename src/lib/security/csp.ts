/**
 * sidkit's Content-Security-Policy, as data: the strict baseline every page gets, the hashes
 * that allow its inline code, the site-wide policy for the `_headers` file, and the `<meta>`
 * that carries a page's policy. Everything else a page loads comes from the site itself.
 */
import { createHash } from 'node:crypto';
import type { InlineCode } from './inline-code.ts';

/** A policy as directive name → sources, in the order it is written out. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/**
 * The baseline: nothing unless listed. Pictures, icons, styles, scripts, the search index and
 * the web app manifest come from the site; no plugins; `<base>` and forms cannot leave it.
 * `data:` images are not needed (pictures are files, icons are inline SVG).
 */
const BASELINE: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['object-src', ["'none'"]],
];

/** The order directives are written in, whichever page first has one: the baseline's, with attribute styles after styles, and the header's own last. */
const DIRECTIVE_ORDER = BASELINE.flatMap(([name]) => (name === 'style-src' ? [name, 'style-src-attr'] : [name])).concat(
  'frame-ancestors',
);

/** Pagefind compiles its WebAssembly search engine: allowed on the search page (and its worker) only. */
export const WASM = "'wasm-unsafe-eval'";

/** Only a header can forbid framing: browsers ignore `frame-ancestors` in a `<meta>`. */
export const HEADER_ONLY: Policy = new Map([['frame-ancestors', ["'none'"]]]);

/** The CSP source expression that allows exactly this inline text: `'sha256-…'` of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const hashesOf = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort();

/**
 * The policy of one built page: the baseline, its inline scripts and `<style>`s by hash, its
 * `style` attributes by hash under `style-src-attr` (hashes of attributes need
 * `'unsafe-hashes'`; no other attribute style is allowed), and WebAssembly if it loads search.
 */
export function pagePolicy(code: Pick<InlineCode, 'scripts' | 'styles' | 'styleAttributes' | 'loadsSearch'>): Policy {
  const added: Record<string, string[]> = {
    'script-src': [...(code.loadsSearch ? [WASM] : []), ...hashesOf(code.scripts)],
    'style-src': hashesOf(code.styles),
  };
  const attributes = code.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...hashesOf(code.styleAttributes)] : [];
  return new Map(
    BASELINE.flatMap(([name, sources]) => {
      const directive = [name, [...sources, ...(added[name] ?? [])]] as const;
      return name === 'style-src' && attributes.length > 0
        ? [directive, ['style-src-attr', attributes] as const]
        : [directive];
    }),
  );
}

/**
 * A policy that allows whatever any of `policies` allows, for a header sent with every file:
 * a browser enforces both a header and a page's meta, so the header must allow at least what
 * each page's meta does. `extra` directives (e.g. `frame-ancestors`) are added as they are.
 */
export function unionPolicy(policies: Iterable<Policy>, extra: Policy = new Map()): Policy {
  const union = new Map<string, Set<string>>();
  for (const policy of [...policies, extra])
    for (const [name, sources] of policy) {
      const set = union.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      union.set(name, set);
    }
  const keywordsFirst = (a: string, b: string) =>
    Number(a.startsWith("'sha")) - Number(b.startsWith("'sha")) || (a < b ? -1 : a > b ? 1 : 0);
  const rank = (name: string) => {
    const index = DIRECTIVE_ORDER.indexOf(name);
    return index === -1 ? DIRECTIVE_ORDER.length : index;
  };
  return new Map(
    [...union].sort(([a], [b]) => rank(a) - rank(b)).map(([name, sources]) => [name, [...sources].sort(keywordsFirst)]),
  );
}

/** The policy as a header or meta value: `default-src 'none'; script-src 'self' …`. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `<meta>` that carries a page's policy (its value holds no `"` or `&` to escape). */
export function policyMeta(policy: Policy): string {
  return `<meta http-equiv="Content-Security-Policy" content="${formatPolicy(policy)}">`;
}

/** The page with its policy meta inserted at `offset`, first in `<head>` after `<meta charset>`, so that it covers every element after it. */
export function withPolicyMeta(html: string, offset: number, policy: Policy): string {
  return html.slice(0, offset) + policyMeta(policy) + html.slice(offset);
}
