import { expect, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../helpers/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'none'; img-src 'self'

/en/search/*
  Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'
/exact.html
  X-Robots-Tag: noindex
`;

test('a _headers file is read into rules, and a path gets the headers of every rule it matches, joined as Cloudflare does', () => {
  const rules = parseHeadersFile(file);
  expect(rules.map(({ path }) => path)).toEqual(['/*', '/en/search/*', '/exact.html']);
  expect(headersForPath(rules, '/fr/')).toEqual({
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self'",
  });
  expect(headersForPath(rules, '/en/search/')['content-security-policy']).toBe(
    "default-src 'none'; img-src 'self', script-src 'self' 'wasm-unsafe-eval'",
  );
  expect(headersForPath(rules, '/exact.html')['x-robots-tag']).toBe('noindex');
  expect(headersForPath(rules, '/exactxhtml')['x-robots-tag']).toBeUndefined();
});

test('a header line before any path is an error that names its line', () => {
  expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1 is not a header of a rule');
});
