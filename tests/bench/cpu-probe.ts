/**
 * Preloaded into every Node process of a benchmarked build (`NODE_OPTIONS=--import
 * tests/bench/cpu-probe.ts`): `npm run build`'s own process, in a sliced build each
 * slice's `astro build`, and the PDF step's Typst processes. Every time a process writes a log line that marks a phase, and once
 * when it exits, it appends its pid, its CPU time so far (user + system, all its threads),
 * its peak memory so far and the wall time to the file named by BENCH_CPU_TRACE. The
 * benchmark then reads each phase's CPU time between the lines that open and close it, per
 * process. On a shared machine CPU time barely moves with other load, while wall time can
 * double. It changes nothing in the build: no sidkit code reads it.
 */
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';

const file = process.env.BENCH_CPU_TRACE;
// Page lines ("├─ /en/…") are thousands and mark no phase: skip them.
// The script this process runs, so that the benchmark can tell the PDF step's Typst processes (compile-worker.ts) apart.
const script = basename(process.argv[1] ?? '');
const marker = /\[[a-z:-]+\]|✓|generating static routes|Complete!/;

function append(text: string): void {
  if (!file) return;
  const { user, system } = process.cpuUsage();
  // maxRSS: this process's peak resident memory so far, in KiB (child processes such as Pagefind's binary not included).
  const maxRssKb = process.resourceUsage().maxRSS;
  appendFileSync(
    file,
    `${JSON.stringify({ pid: process.pid, script, wallMs: performance.now(), cpuMs: (user + system) / 1000, maxRssKb, text: text.slice(0, 240) })}\n`,
  );
}

function record(chunk: unknown): void {
  const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
  if (marker.test(text)) append(text);
}

if (file) {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      record(chunk);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  process.on('exit', () => append('(exit)'));
}
