/**
 * A tiny static file server for a built site, behaving like the static hosts sidkit targets:
 * a folder's index.html (with a redirect to add the trailing slash), content types by file
 * extension, and the nearest 404.html with status 404 for anything missing; on request, text
 * files brotli- or gzip-compressed as the browser asks, as hosts serve them (the Lighthouse
 * gate measures what a visitor would get). It listens on 127.0.0.1 on a free port, so browser
 * tests see every request the site makes. With `headers`, it sends what the site's `_headers`
 * file gives each path, as Netlify and Cloudflare Pages do.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';
import { fileForPath } from './quality/site.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
};

// Text types that hosts compress; images, fonts and PDFs are compressed already.
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json|xml)|image\/svg\+xml)/;

/** What the server does besides serving files. */
export interface ServeOptions {
  /** Compress text files with brotli or gzip, whichever the request's Accept-Encoding prefers (brotli first). */
  compress?: boolean;
  /** Send the headers of the folder's `_headers` file, read when the server starts. */
  headers?: boolean;
}

/** The encoding to send a body of `type` in for this Accept-Encoding header, or undefined to send it as it is. */
export function chooseEncoding(acceptEncoding: string | undefined, type: string): 'br' | 'gzip' | undefined {
  if (!COMPRESSIBLE.test(type)) return undefined;
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, quality]) => quality?.trim() !== 'q=0')
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  return accepted.has('gzip') ? 'gzip' : undefined;
}

const ENCODERS = {
  br: (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (body: Buffer) => gzipSync(body, { level: 9 }),
};

/** A running server. */
export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 on a free port. */
export async function serveDir(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const rules = options.headers ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    respond(root, request, response, options, rules).catch((error: unknown) =>
      response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function respond(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: ServeOptions,
  rules: readonly HeaderRule[],
): Promise<void> {
  const isFile = (file: string) => {
    const full = resolve(root, file);
    return full.startsWith(root + sep) && statSync(full, { throwIfNoEntry: false })?.isFile() === true;
  };
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    response.writeHead(400).end('Malformed URL');
    return;
  }
  const file = fileForPath(path, isFile);
  if (file?.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('index.html')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const served = file ?? nearestNotFound(path, isFile);
  const raw = served ? await readFile(join(root, served)) : Buffer.from('Not found');
  const type = (served && CONTENT_TYPES[extname(served)]) || 'text/plain; charset=utf-8';
  const encoding = options.compress ? chooseEncoding(request.headers['accept-encoding'], type) : undefined;
  const body = encoding ? ENCODERS[encoding](raw) : raw;
  response.writeHead(file ? 200 : 404, {
    ...headersForPath(rules, pathname),
    'content-type': type,
    'content-length': body.length,
    ...(options.compress ? { vary: 'accept-encoding' } : {}),
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

// The 404.html closest to the requested path: /fr/nope/ gets fr/404.html, /nope gets 404.html.
function nearestNotFound(path: string, isFile: (file: string) => boolean): string | undefined {
  const folders = path.split('/').filter(Boolean);
  for (let depth = folders.length; depth >= 0; depth--) {
    const candidate = [...folders.slice(0, depth), '404.html'].join('/');
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}
