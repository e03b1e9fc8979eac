import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  formatPolicy,
  hashSource,
  HEADER_ONLY,
  pagePolicy,
  unionPolicy,
  withPolicyMeta,
} from '../../../src/lib/security/csp.ts';
import { apacheLines, headersFile, nginxLines, securityHeaders } from '../../../src/lib/security/headers.ts';
import { inlineCodeOf, parsedInlineCode } from '../../../src/lib/security/inline-code.ts';
import { needsParser } from '../../../src/lib/security/inline-code-scan.ts';

const page = (head: string, body: string, htmlAttributes = '') =>
  `<!DOCTYPE html><html lang="en"${htmlAttributes}><head>${head}<title>t</title></head><body>${body}</body></html>`;

describe('the inline code of a built page', () => {
  test('inline scripts the browser runs are read with their exact text; scripts with src and data blocks are not', () => {
    const html = page(
      '<meta charset="utf-8"><script type="module" src="/_astro/a.js"></script>',
      '<script>let a = 1 < 2 && "&amp;";</script><script type="module">import "/x.js";</script>' +
        '<script type="application/ld+json">{"@type":"Event"}</script><script type="text/template"><p></script>' +
        '<script type="text/javascript">b()</script>',
    );
    expect(inlineCodeOf(html).scripts).toEqual(['let a = 1 < 2 && "&amp;";', 'import "/x.js";', 'b()']);
  });

  test('line breaks are hashed as the browser parses them: CRLF becomes LF', () => {
    expect(inlineCodeOf(page('', '<script>a()\r\nb()</script>')).scripts).toEqual(['a()\nb()']);
  });

  test('<style> elements and style attributes are read, the attributes with their entities decoded', () => {
    const code = inlineCodeOf(
      page(
        '<style>p{color:red}</style>',
        '<li style="border: 1px solid #000;content:&quot;x&quot;">a</li>',
        ' style="--c:#fff;"',
      ),
    );
    expect(code.styles).toEqual(['p{color:red}']);
    expect(code.styleAttributes).toEqual(['--c:#fff;', 'border: 1px solid #000;content:"x"']);
  });

  test('inline event handlers, which the policy blocks, are listed so the build can warn about them', () => {
    expect(inlineCodeOf(page('', '<button onclick="go()">Go</button><p>onclick</p>')).eventHandlers).toEqual([
      '<button onclick>',
    ]);
  });

  test('the policy meta goes right after <meta charset>, or first in <head> when there is none', () => {
    const withCharset = page('<meta charset="utf-8"><meta name="x" content="y">', '');
    expect(withCharset.slice(0, inlineCodeOf(withCharset).metaOffset)).toMatch(/<meta charset="utf-8">$/);
    const without = page('<link rel="stylesheet" href="/a.css">', '');
    expect(without.slice(0, inlineCodeOf(without).metaOffset)).toMatch(/<head>$/);
  });

  test('a page with the search panel loads search; policy metas already there are counted', () => {
    const code = inlineCodeOf(
      page(
        '<meta http-equiv="content-security-policy" content="default-src *">',
        '<div data-search="/pagefind/"></div>',
      ),
    );
    expect(code).toMatchObject({ loadsSearch: true, policyMetas: 1 });
    expect(inlineCodeOf(page('', '<div data-search-results></div>')).loadsSearch).toBe(false);
  });
});

describe('the scan of a page reads what an HTML parser reads', () => {
  test.each([
    ['a quoted attribute value holding ">"', '<div title="a>b" style="x:1">t</div>'],
    ['upper-case tags and attributes', '<DIV STYLE="a:b" ONCLICK="x()">t</DIV><SCRIPT>y()</SCRIPT>'],
    ['single-quoted and unquoted values', "<p style='c:d' data-search=/pf/>t</p><p style=e:f>u</p>"],
    ['a comment holding code', '<!-- <script>x()</script> <p style="no:1"> --><p style="yes:1">t</p>'],
    [
      'a script holding markup',
      '<script>document.write("</div><p style=\'no\'>"); // <!--</script><i style="yes:2"></i>',
    ],
    ['entities in a style attribute', '<p style="content:&quot;&#38;&amp;&lt;&#x41;&quot;">t</p>'],
    ['a repeated attribute', '<p style="a:1" style="b:2">t</p>'],
    [
      'an SVG with style attributes only',
      '<svg viewBox="0 0 1 1"><path style="fill:red" d="M0 0"/></svg><style>q{}</style>',
    ],
    [
      'a title and a textarea holding tags',
      '<title>a <script>x()</script></title><textarea><style>p{}</style></textarea>',
    ],
    [
      'self-closing tags and line breaks in a tag',
      '<img\nsrc="a.png"\nstyle="w:1" /><br/><script\ntype="module">z()</script>',
    ],
  ])('%s', (_, body) => {
    const html = page('<meta charset="utf-8">', body);
    expect(needsParser(html)).toBe(false);
    expect(inlineCodeOf(html)).toEqual(parsedInlineCode(html));
  });

  test.each([
    ['a style inside SVG', '<svg><style>.a{fill:red}</style></svg>'],
    ['a script inside MathML', '<math><script>x()</script></math>'],
    ['a template', '<template><script>x()</script></template>'],
    ['a noscript', '<noscript><style>p{}</style></noscript>'],
  ])('%s goes to the parser', (_, body) => {
    const html = page('<meta charset="utf-8">', body);
    expect(needsParser(html)).toBe(true);
    expect(inlineCodeOf(html)).toEqual(parsedInlineCode(html));
  });
});

describe('the Content-Security-Policy', () => {
  test('a hash is the base64 SHA-256 of the UTF-8 text (the example of the CSP specification, and Arabic text)', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    const arabic = 'status.textContent = "اضغط";';
    expect(hashSource(arabic)).toBe(
      `'sha256-${createHash('sha256').update(Buffer.from(arabic, 'utf8')).digest('base64')}'`,
    );
  });

  test('a plain page allows only the site itself, nothing inline, no plugins, no framing directive in its meta', () => {
    const policy = formatPolicy(pagePolicy({ scripts: [], styles: [], styleAttributes: [], loadsSearch: false }));
    expect(policy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  test('inline code is allowed by hash, each text once; attribute styles need unsafe-hashes; search pages get WebAssembly', () => {
    const policy = pagePolicy({
      scripts: ['b()', 'a()', 'b()'],
      styles: ['p{}'],
      styleAttributes: ['--c:#fff;'],
      loadsSearch: true,
    });
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[hashSource('a()'), hashSource('b()')].sort(),
    ]);
    expect(policy.get('style-src')).toEqual(["'self'", hashSource('p{}')]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('--c:#fff;')]);
    expect([...policy.keys()].indexOf('style-src-attr')).toBe([...policy.keys()].indexOf('style-src') + 1);
    expect(formatPolicy(policy)).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  test('the site-wide policy allows what any page allows, each source once, plus frame-ancestors for the header', () => {
    const plain = pagePolicy({ scripts: ['a()'], styles: [], styleAttributes: [], loadsSearch: false });
    const search = pagePolicy({ scripts: ['a()', 'c()'], styles: [], styleAttributes: ['--c:1;'], loadsSearch: true });
    const site = unionPolicy([plain, search], HEADER_ONLY);
    expect(site.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      ...[hashSource('a()'), hashSource('c()')].sort(),
    ]);
    expect(site.get('default-src')).toEqual(["'none'"]);
    expect([...site.keys()].slice(2, 4)).toEqual(['style-src', 'style-src-attr']);
    expect([...site.keys()].at(-1)).toBe('frame-ancestors');
    expect(site.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('the meta is inserted at the offset, and the rest of the page is left byte for byte', () => {
    const html = page('<meta charset="utf-8"><meta name="viewport" content="x">', '<p>Hi</p>');
    const { metaOffset } = inlineCodeOf(html);
    const policy = pagePolicy({ scripts: [], styles: [], styleAttributes: [], loadsSearch: false });
    const out = withPolicyMeta(html, metaOffset, policy);
    expect(out).toBe(
      html.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${formatPolicy(policy)}">`,
      ),
    );
    expect(inlineCodeOf(out).policyMetas).toBe(1);
  });
});

describe('the security headers', () => {
  const policy = unionPolicy(
    [pagePolicy({ scripts: ['a()'], styles: [], styleAttributes: [], loadsSearch: true })],
    HEADER_ONLY,
  );
  const headers = securityHeaders(policy);

  test('carry the site policy, nosniff, no referrer, and the unused powerful features switched off', () => {
    expect(Object.fromEntries(headers)).toMatchObject({
      'Content-Security-Policy': formatPolicy(policy),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    const features = Object.fromEntries(headers)['Permissions-Policy']!.split(', ');
    expect(features).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'browsing-topics=()']),
    );
    expect(features.every((feature) => /^[a-z-]+=\(\)$/.test(feature))).toBe(true);
  });

  test('are written for every path in _headers, and as nginx and Apache lines with the same values', () => {
    const file = headersFile(headers);
    expect(file.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      '/*',
      ...headers.map(([name, value]) => `  ${name}: ${value}`),
      '',
    ]);
    expect(nginxLines(headers).split('\n')[0]).toBe(
      `add_header Content-Security-Policy "${formatPolicy(policy)}" always;`,
    );
    expect(apacheLines(headers).split('\n')[2]).toBe('Header always set Referrer-Policy "no-referrer"');
    expect(nginxLines(headers).split('\n')).toHaveLength(headers.length);
  });
});
