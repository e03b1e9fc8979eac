/**
 * Preloaded into every Node process of a benchmarked build (`NODE_OPTIONS=--import
 * tests/bench/cpu-probe.ts`): `npm run build`'s own process, in a sliced build each
 * slice's `astro build`, and the PDF step's Typst processes. Every time a process writes a log line that marks a phase, and once
 * when it exits, it appends its pid, its CPU time so far (user + system, all its threads),
 * its peak memory so far and the wall time to the file named by BENCH_CPU_TRACE. The
 * benchmark then reads each phase's CPU time between the lines that open and close it, per
 * process. On a shared machine CPU time barely moves with other load, while wall time can
 * double. It changes nothing in the build: no sidkit code reads it.
 *
 * Programs that are not Node (Pagefind's binary) are counted too: every child the process
 * spawns is sampled from /proc while it runs and once more just before it is killed, and
 * its last figure is written as a line of its own when this process exits. Pagefind's
 * Node API kills its binary on close() and the build may exit before reaping it, so no
 * rusage (not /usr/bin/time's either) ever holds that time.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
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

/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`: 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/** The CPU time (user + system) of a running process, from /proc; undefined once it is gone. */
function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "pid (comm) ": state is the first, utime the 12th and stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

interface TrackedChild {
  pid: number;
  /** The program's file name, e.g. pagefind_extended. */
  program: string;
  cpuMs: number;
}
const children: TrackedChild[] = [];

function track(child: ChildProcess, command: string): void {
  if (child.pid === undefined) return;
  const tracked: TrackedChild = { pid: child.pid, program: basename(command), cpuMs: 0 };
  children.push(tracked);
  const sample = () => {
    tracked.cpuMs = processCpuMs(tracked.pid) ?? tracked.cpuMs;
  };
  const timer = setInterval(sample, 100).unref();
  const kill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    sample();
    return kill(signal);
  };
  child.once('exit', () => clearInterval(timer));
}

if (file) {
  const spawn = childProcess.spawn;
  childProcess.spawn = ((command: string, ...rest: unknown[]) => {
    const child = (spawn as (...args: unknown[]) => ChildProcess)(command, ...rest);
    // Node children (slices, Typst workers) load this probe themselves.
    if (command !== process.execPath && basename(command) !== 'node') track(child, command);
    return child;
  }) as typeof childProcess.spawn;
  syncBuiltinESMExports();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      record(chunk);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  process.on('exit', () => {
    append('(exit)');
    for (const child of children) {
      const cpuMs = processCpuMs(child.pid) ?? child.cpuMs;
      appendFileSync(
        file,
        `${JSON.stringify({ pid: child.pid, program: child.program, wallMs: performance.now(), cpuMs, text: '(exit)' })}\n`,
      );
    }
  });
}
