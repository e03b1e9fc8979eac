/**
 * The Content-Security-Policy in the built demo, read from the files themselves: one policy
 * meta per page, first in its head, listing the hash of every piece of inline code the page
 * has; a `_headers` policy that allows at least what every meta does (a browser enforces
 * both); and the README's nginx and Apache lines equal to that file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { apacheLines, nginxLines } from '../../src/lib/security/headers.ts';
import { demoFiles } from '../helpers/demo-site.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';
import { siteText } from '../helpers/quality/site.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const textOf = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** A policy string as directive → sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

const pages = () => [...demoFiles().keys()].filter((file) => file.endsWith('.html'));

interface PagePolicy {
  file: string;
  metas: number;
  /** Tag names of the elements in <head> before the policy meta. */
  before: string[];
  policy: Map<string, string[]>;
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Inline event handler attributes, which no hash allows. */
  handlers: string[];
}

function policyOf(file: string): PagePolicy {
  const tree = fromHtml(siteText(demoFiles(), file));
  const metas = selectAll('meta', tree).filter(
    (meta) => String(meta.properties.httpEquiv).toLowerCase() === 'content-security-policy',
  );
  const head = selectAll('head > *', tree);
  return {
    file,
    metas: metas.length,
    before: head.slice(0, head.indexOf(metas[0]!)).map((element) => element.tagName),
    policy: directives(String(metas[0]?.properties.content ?? '')),
    scripts: selectAll('script:not([src])', tree).map(textOf),
    styles: selectAll('style', tree).map(textOf),
    styleAttributes: selectAll('[style]', tree).map((element) => String(element.properties.style)),
    handlers: selectAll('*', tree).flatMap((element) =>
      Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
    ),
  };
}

let read: PagePolicy[] | undefined;
/** Every page's policy, read once per file. */
const policies = () => (read ??= pages().map(policyOf));

describe('every built page', () => {
  test('has exactly one policy meta, right after <meta charset>, so that it covers every script, style and link', () => {
    expect(pages().length).toBeGreaterThan(100);
    const wrong = policies().filter(({ metas, before }) => metas !== 1 || before.join() !== 'meta');
    expect(wrong.map(({ file, metas, before }) => `${file}: ${metas} meta(s) after ${before.join(', ')}`)).toEqual([]);
  });

  test('lists the hash of each of its inline scripts, <style>s and style attributes, and allows nothing inline otherwise', () => {
    const missing = policies().flatMap(({ file, policy, scripts, styles, styleAttributes }) => [
      ...scripts.filter((text) => !policy.get('script-src')?.includes(sha256(text))).map(() => `${file}: a script`),
      ...styles.filter((text) => !policy.get('style-src')?.includes(sha256(text))).map(() => `${file}: a <style>`),
      ...styleAttributes
        .filter((text) => !policy.get('style-src-attr')?.includes(sha256(text)))
        .map((text) => `${file}: style="${text}"`),
    ]);
    expect(missing).toEqual([]);
    const inlineKeywords = policies().filter(({ policy }) =>
      [...policy.values()].flat().some((source) => ["'unsafe-inline'", "'unsafe-eval'", '*'].includes(source)),
    );
    expect(inlineKeywords.map(({ file }) => file)).toEqual([]);
    expect(policies().flatMap(({ file, handlers }) => handlers.map((name) => `${file}: ${name}`))).toEqual([]);
    expect(policies().reduce((sum, { scripts }) => sum + scripts.length, 0)).toBeGreaterThan(pages().length);
  });

  test('a strict baseline; WebAssembly only on the search pages; frame-ancestors left to the header, where it works', () => {
    for (const { file, policy } of policies()) {
      expect(policy.get('default-src'), file).toEqual(["'none'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy.get('form-action'), file).toEqual(["'self'"]);
      expect(policy.has('frame-ancestors'), file).toBe(false);
      expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'"), file).toBe(
        /^[a-z]{2}\/search\/index\.html$/.test(file),
      );
    }
  });
});

describe('the _headers file', () => {
  const rules = () => parseHeadersFile(siteText(demoFiles(), '_headers'));
  const headers = () => new Map(rules()[0]!.headers);

  test('gives every path the security headers, with framing forbidden', () => {
    expect(rules().map(({ path }) => path)).toEqual(['/*']);
    expect([...headers().keys()]).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(headers().get('X-Content-Type-Options')).toBe('nosniff');
    expect(directives(headers().get('Content-Security-Policy')!).get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('allows everything each page’s meta allows, so that the two policies together still let every page work', () => {
    const header = directives(headers().get('Content-Security-Policy')!);
    const narrower = policies().flatMap(({ file, policy }) =>
      [...policy].flatMap(([name, sources]) =>
        sources.filter((source) => !header.get(name)?.includes(source)).map((source) => `${file}: ${name} ${source}`),
      ),
    );
    expect(narrower).toEqual([]);
  });

  test('the README gives the same headers as nginx and Apache lines', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const nginx = nginxLines([...headers()]);
    const apache = apacheLines([...headers()]);
    expect(readme).toContain(nginx);
    expect(readme).toContain(apache);
  });
});
