import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chooseEncoding, serveDir } from '../../helpers/static-server.ts';

test('text is sent in brotli when the browser takes it, else gzip; pictures are sent as they are', () => {
  expect(chooseEncoding('gzip, deflate, br, zstd', 'text/html; charset=utf-8')).toBe('br');
  expect(chooseEncoding('gzip', 'image/svg+xml')).toBe('gzip');
  expect(chooseEncoding('br;q=0, gzip', 'text/css; charset=utf-8')).toBe('gzip');
  expect(chooseEncoding('gzip, br', 'image/png')).toBeUndefined();
  expect(chooseEncoding(undefined, 'text/html')).toBeUndefined();
});

test('a compressing server sends a page brotli- or gzip-encoded and the same bytes decompressed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidkit-serve-'));
  const html = `<!doctype html><title>t</title>${'<p>Safer Internet Day</p>'.repeat(200)}`;
  writeFileSync(join(dir, 'index.html'), html);
  const server = await serveDir(dir, { compress: true });
  // Read with node:http, which leaves the body encoded as it was sent.
  const get = (encoding: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      request(`${server.url}/`, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
  try {
    const br = await get('gzip, br');
    const gzip = await get('gzip');
    const plain = await get('identity');
    expect([
      br.headers['content-encoding'],
      gzip.headers['content-encoding'],
      plain.headers['content-encoding'],
    ]).toEqual(['br', 'gzip', undefined]);
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBeLessThan(html.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(gunzipSync(gzip.body).toString()).toBe(html);
    expect(plain.body.toString()).toBe(html);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
