import { describe, expect, test } from 'vitest';
import { cssReferences, jsReferences, scanHtml } from '../../helpers/quality/references.ts';

describe('references in HTML', () => {
  const page = scanHtml(`<!doctype html><html><head>
    <link rel="stylesheet" href="/a.css"><link rel="icon" href="/icon.svg"><link rel="preload" as="font" href="/f.woff2">
    <link rel="canonical" href="https://example.org/"><link rel="alternate" hreflang="fr" href="/fr/"><link rel="sitemap" href="/sitemap.xml">
    <style>@import "/b.css"; body { background: url(/bg.png) }</style>
    <script type="application/ld+json">{"url": "https://example.org/"}</script>
  </head><body>
    <a href="/en/" ping="https://tracker.example/p">en</a><a name="old-anchor"></a>
    <img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><div id="x" style="background-image: url('/s.png')"></div>
    <svg><use href="/sprite.svg#icon"></use></svg><video poster="/poster.jpg"></video>
    <form action="/search/"></form><script src="/app.js"></script><script>import('https://cdn.example/m.js')</script>
  </body></html>`);
  const as = (use: string) =>
    page.references
      .filter((reference) => reference.use === use)
      .map((reference) => `${reference.attribute} ${reference.value}`);

  test('marks what the browser fetches with the page as loaded', () => {
    expect(as('load')).toEqual([
      'href /a.css',
      'href /icon.svg',
      'href /f.woff2',
      'url() /bg.png',
      '@import /b.css',
      'ping https://tracker.example/p',
      'src /i.png',
      'srcset /i-1.png',
      'srcset /i-2.png',
      'style url() /s.png',
      'href /sprite.svg#icon',
      'poster /poster.jpg',
      'src /app.js',
    ]);
  });

  test('marks links, relations and forms as followed', () => {
    expect(as('follow')).toEqual([
      'href https://example.org/',
      'href /fr/',
      'href /sitemap.xml',
      'href /en/',
      'action /search/',
    ]);
  });

  test('collects fragment targets, scripts that run and the URLs inline scripts load', () => {
    expect([...page.ids]).toEqual(['old-anchor', 'x']);
    expect(page.scripts).toBe(2);
    expect(page.scriptReferences).toEqual([{ attribute: 'import()', value: 'https://cdn.example/m.js', use: 'load' }]);
  });
});

describe('references in CSS and JavaScript', () => {
  test('CSS url() in any quoting and @import strings, outside comments', () => {
    const css = `/* url(/commented.png) */ @import 'one.css'; @import url("two.css"); a { background: url( /a.png ) } b { src: url('f.woff2') format('woff2') }`;
    expect(cssReferences(css).map((reference) => `${reference.attribute} ${reference.value}`)).toEqual([
      'url() two.css',
      'url() /a.png',
      'url() f.woff2',
      '@import one.css',
    ]);
  });

  test('module imports, importScripts, fetch and beacons with literal URLs', () => {
    const js = `import a from "https://cdn.example/a.js"; import "./local.js"; await import('https://cdn.example/b.js'); fetch(\`https://api.example/c\`); importScripts('/w.js'); navigator.sendBeacon("https://t.example/")`;
    expect(jsReferences(js).map((reference) => `${reference.attribute} ${reference.value}`)).toEqual([
      'import() https://cdn.example/b.js',
      'fetch() https://api.example/c',
      'importScripts() /w.js',
      'sendBeacon() https://t.example/',
      'import https://cdn.example/a.js',
      'import ./local.js',
    ]);
  });
});
