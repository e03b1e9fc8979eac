import { expect, test } from 'vitest';
import { findThirdPartyLoads, formatThirdPartyLoads } from '../../helpers/quality/privacy.ts';
import { siteOf } from './site-of.ts';

test('reports everything HTML, CSS, SVG and JavaScript would load from another origin', () => {
  const site = siteOf({
    'index.html': `<!doctype html><html><head>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><link rel="preconnect" href="https://fonts.gstatic.com">
      <script src="//cdn.example/lib.js"></script><script>import('https://cdn.example/m.js')</script>
      </head><body><img src="https://images.example/a.png" alt=""><iframe src="https://video.example/embed" title="v"></iframe></body></html>`,
    's.css': `@import "https://cdn.example/reset.css"; @font-face { font-family: X; src: url(https://fonts.gstatic.com/x.woff2) }`,
    'app.js': `const m = await import("https://cdn.example/n.js");`,
    'logo.svg': `<svg xmlns="http://www.w3.org/2000/svg"><image href="https://images.example/b.png"/></svg>`,
  });
  expect(formatThirdPartyLoads(findThirdPartyLoads(site, { base: '/' }))).toBe(
    [
      'index.html: href loads https://fonts.googleapis.com/css2?family=Inter',
      'index.html: href loads https://fonts.gstatic.com',
      'index.html: src loads //cdn.example/lib.js',
      'index.html: src loads https://images.example/a.png',
      'index.html: src loads https://video.example/embed',
      'index.html: import() loads https://cdn.example/m.js',
      's.css: url() loads https://fonts.gstatic.com/x.woff2',
      's.css: @import loads https://cdn.example/reset.css',
      'app.js: import() loads https://cdn.example/n.js',
      'logo.svg: href loads https://images.example/b.png',
    ].join('\n'),
  );
});

test('allows outbound links, relations to other origins, and files from the site itself', () => {
  const site = siteOf({
    'index.html': `<!doctype html><html><head><link rel="canonical" href="https://example.org/"><link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
      <link rel="stylesheet" href="https://example.org/s.css"></head><body><a href="https://www.unicef.org/">UNICEF</a><form action="https://search.example/"></form>
      <img src="/a.png" alt=""><img src="data:image/gif;base64,R0lG" alt=""></body></html>`,
    's.css': `a { background: url(/a.png) }`,
  });
  expect(findThirdPartyLoads(site, { base: '/', site: 'https://example.org' })).toEqual([]);
});
