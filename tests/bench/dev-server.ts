/**
 * The dev server (`npm run bench -- --dev 500x6`, or `--dev demo`): how long `npm run dev`
 * (`astro dev`) takes to serve its first page, and from saving an MDX file to the page
 * showing the change, as an organiser previewing an edit sees it: the page is asked for
 * every 100 ms until it answers, then until it holds the new text.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** What the dev server took. */
export interface DevServerTimes {
  site: string;
  /** From starting `astro dev` to the first page's complete answer. */
  firstPageMs: number;
  /** From writing the edited MDX file to the page holding the edit, median of the saves. */
  editToPageMs: number;
  saves: number[];
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Asks for `url` every 100 ms until `ready` holds for its body; the time it took. */
async function pollUntil(url: string, ready: (body: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok && ready(await response.text())) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not get ready in ${timeoutMs / 1000} s`);
}

/**
 * Starts `astro dev` on the campaigns folder named in `env`, times its first page (`path`),
 * then saves `file` three times with a new word and times each until `path` shows it.
 */
export async function devServerTimes(options: {
  site: string;
  node: string;
  astro: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  path: string;
  file: string;
  logFile: string;
}): Promise<DevServerTimes> {
  const port = await freePort();
  const original = readFileSync(options.file, 'utf8');
  const started = performance.now();
  const child = spawn(options.node, [options.astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk));
  const url = `http://127.0.0.1:${port}${options.path}`;
  try {
    await pollUntil(url, () => true, 300_000);
    const firstPageMs = performance.now() - started;
    const saves: number[] = [];
    for (let save = 1; save <= 3; save++) {
      const word = `devedit${save}x`;
      // A word added to the first paragraph, as an organiser fixing a line would.
      writeFileSync(options.file, original.replace(/\n\n(\w+)/, `\n\n$1 ${word}`));
      saves.push(await pollUntil(url, (body) => body.includes(word), 120_000));
    }
    const sorted = [...saves].sort((a, b) => a - b);
    return { site: options.site, firstPageMs, editToPageMs: sorted[1] ?? sorted[0] ?? 0, saves };
  } finally {
    writeFileSync(options.file, original);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
    writeFileSync(options.logFile, Buffer.concat(log));
  }
}
