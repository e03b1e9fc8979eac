/**
 * Compiles a build's PDFs, and draws its pictures as PNG, in parallel, one process per core, each with its own fonts and
 * Typst compiler. Processes rather than worker threads: Typst's memo cache is global to a
 * process, so threads share and evict one cache; on two cores, 42 demo-sized PDFs took
 * 1357 ms in one process, 1070 ms in two threads and 945 ms in two processes. A batch (a
 * toolkit's A4 and US Letter pack, say) runs in order in one process, where the second paper
 * reuses what Typst memoized for the first. The PDFs are the same bytes whichever process prints them,
 * so a document already in the build cache (./compile-cache.ts) is read from it and never sent.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSettings } from '../build/settings.ts';
import type { ProjectModel } from '../model/project.ts';
import { CompileCache, type CacheStats } from './compile-cache.ts';
import type { CompiledPdf, PdfJob, PngJob } from './compile.ts';
import { TypstCompileError, type TypstDiagnostic } from './diagnostics.ts';

const WORKER = fileURLToPath(new URL('./compile-worker.ts', import.meta.url));

/** A picture a worker drew: the PNG bytes and any Typst warnings. */
export interface DrawnPng {
  png: Buffer;
  warnings: CompiledPdf['warnings'];
}

/** What a worker sends back for one document: the PDF or PNG and how long it took, or why it failed. */
export type PoolResult =
  | ({ ok: true; ms: number } & CompiledPdf)
  | ({ ok: true; ms: number } & DrawnPng)
  | { ok: false; diagnostics: readonly TypstDiagnostic[] }
  | { ok: false; message: string };

/** A batch sent to a worker: documents to print as PDF, or pictures to draw as PNG. */
export type PoolRequest = { id: number } & ({ kind: 'pdf'; jobs: PdfJob[] } | { kind: 'png'; jobs: PngJob[] });

/** A worker's answer to one batch. */
export interface PoolReply {
  id: number;
  results: PoolResult[];
}

/** One compiled document of a batch: the PDF and its compile time in ms, or the error to report. */
export type PooledPdf = { pdf: CompiledPdf; ms: number } | { error: Error };

/** One drawn picture of a batch: the PNG and the time it took in ms (compile and rasterise), or the error to report. */
export type PooledPng = { png: DrawnPng; ms: number } | { error: Error };

/**
 * When a batch is printed: toolkit PDFs `first`, the kit's documents and pictures `later`, so that
 * the share cards of every page (hundreds on a large site) never hold up the packs teachers print.
 */
export type BatchPriority = 'first' | 'later';

interface Pending {
  priority: BatchPriority;
  request: PoolRequest;
  resolve: (results: PoolResult[]) => void;
}

// A Typst failure becomes the `TypstCompileError` a single compiler throws.
function poolError(result: Extract<PoolResult, { ok: false }>): Error {
  return 'diagnostics' in result ? new TypstCompileError(result.diagnostics) : new Error(result.message);
}

/** PDFs from results. */
function pooledPdf(result: PoolResult): PooledPdf {
  if (!result.ok) return { error: poolError(result) };
  if (!('pdf' in result)) return { error: new Error('The compiler process sent a picture for a PDF.') };
  const { ok: _ok, ms, ...pdf } = result;
  return { pdf: { ...pdf, pdf: Buffer.from(pdf.pdf) }, ms };
}

/** PNGs from results. */
function pooledPng(result: PoolResult): PooledPng {
  if (!result.ok) return { error: poolError(result) };
  if (!('png' in result)) return { error: new Error('The compiler process sent a PDF for a picture.') };
  return { png: { png: Buffer.from(result.png), warnings: result.warnings }, ms: result.ms };
}

/** A fixed number of compiler processes fed from one queue of batches. */
export class PdfCompilerPool {
  readonly #idle: ChildProcess[] = [];
  readonly #busy = new Map<ChildProcess, Pending>();
  readonly #queue: Pending[] = [];
  readonly #workers: ChildProcess[];
  #nextId = 0;
  #holds = 0;
  readonly #holdWaiters: (() => void)[] = [];
  #alive: number;
  readonly #cache: CompileCache | undefined;

  /** Resolves once every process has its fonts loaded and Typst ready; rejects if one could not start. */
  readonly ready: Promise<void>;

  private constructor(workers: ChildProcess[], cache: CompileCache | undefined) {
    this.#workers = workers;
    this.#cache = cache;
    this.#alive = workers.length;
    // Idle processes hold nothing open: a build that stops before its PDF step still exits.
    for (const worker of workers) worker.unref();
    this.#holdOpen();
    this.ready = Promise.all(workers.map((worker) => this.#ready(worker))).then(() => undefined);
  }

  /**
   * Starts `size` processes; batches sent before a process has its fonts loaded wait in the queue.
   * With a cache, documents in it are read back, and those compiled are kept in it.
   */
  static start(size: number, cache?: CompileCache): PdfCompilerPool {
    const workers = Array.from({ length: Math.max(1, size) }, () =>
      fork(WORKER, [], {
        execPath: process.execPath,
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    return new PdfCompilerPool(workers, cache);
  }

  /** How many documents this pool read from the cache and how many it compiled, or undefined without a cache. */
  get cacheStats(): (CacheStats & { dir: string }) | undefined {
    return this.#cache && { ...this.#cache.stats, dir: this.#cache.dir };
  }

  /** The number of processes, for the build log. */
  get size(): number {
    return this.#workers.length;
  }

  #ready(worker: ChildProcess): Promise<void> {
    return new Promise((resolve, reject) => {
      worker.on('exit', (code) => {
        this.#lost(worker, code);
        reject(new Error(`A PDF compiler process stopped before it was ready (exit code ${code}).`));
      });
      worker.once('message', () => {
        worker.on('message', (reply: PoolReply) => this.#done(worker, reply));
        this.#idle.push(worker);
        this.#dispatch();
        resolve();
      });
    });
  }

  /**
   * Compiles a batch of documents in order in one process. Never rejects: each document has a PDF or an error.
   * `later` batches (the kit's documents) wait behind every other PDF batch, sent before or after them.
   */
  compile(jobs: PdfJob[], priority: BatchPriority = 'first'): Promise<PooledPdf[]> {
    return this.#submitCached({ kind: 'pdf', jobs }, priority).then((results) => results.map(pooledPdf));
  }

  /** Draws a batch of pictures in order in one process, after every `first` batch. Never rejects: each picture has a PNG or an error. */
  drawPngs(jobs: PngJob[]): Promise<PooledPng[]> {
    return this.#submitCached({ kind: 'png', jobs }, 'later').then((results) => results.map(pooledPng));
  }

  // Reads what the cache has of a batch and sends only the rest, keeping what comes back.
  async #submitCached(batch: Omit<PoolRequest, 'id'>, priority: BatchPriority): Promise<PoolResult[]> {
    const cache = this.#cache;
    if (!cache) return this.#submit(batch, priority);
    const jobs: (PdfJob | PngJob)[] = batch.jobs;
    const keys = jobs.map((job) => cache.keyOf(job));
    const results = keys.map((key): PoolResult | undefined => {
      const kept = cache.get(key);
      return kept && { ok: true, ms: 0, ...kept };
    });
    const missing = results.flatMap((result, index) => (result ? [] : [index]));
    if (missing.length > 0) {
      const rest = missing.map((index) => jobs[index]!);
      const fresh = await this.#submit({ kind: batch.kind, jobs: rest } as Omit<PoolRequest, 'id'>, priority);
      fresh.forEach((result, n) => {
        const index = missing[n]!;
        results[index] = result;
        if (!result.ok) return;
        const { ok: _ok, ms: _ms, ...kept } = result;
        cache.set(keys[index]!, kept);
      });
    }
    return results as PoolResult[];
  }

  #submit(batch: Omit<PoolRequest, 'id'>, priority: BatchPriority): Promise<PoolResult[]> {
    return new Promise((resolve) => {
      const pending = { request: { ...batch, id: this.#nextId++ } as PoolRequest, resolve, priority };
      // A first batch goes ahead of every later one, behind the first ones already waiting.
      const firstLater = this.#queue.findIndex((queued) => queued.priority === 'later');
      if (priority === 'first' && firstLater >= 0) this.#queue.splice(firstLater, 0, pending);
      else this.#queue.push(pending);
      this.#dispatch();
      this.#holdOpen();
    });
  }

  /**
   * Keeps `later` batches waiting, even for an idle process, until the returned function is called:
   * the toolkit step holds them while it still reads pages and sends its packs, so that no batch of
   * pictures takes a process just before a pack arrives.
   */
  holdLaterBatches(): () => void {
    this.#holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds--;
      if (this.#holds === 0) for (const resume of this.#holdWaiters.splice(0)) resume();
      this.#dispatch();
    };
  }

  /** Resolves once no step holds later batches: a later step starts its own work then, rather than competing with the packs for this process. */
  laterBatchesAllowed(): Promise<void> {
    return this.#holds === 0 ? Promise.resolve() : new Promise((resume) => this.#holdWaiters.push(resume));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      if (this.#holds > 0 && this.#queue[0]!.priority === 'later') return;
      const worker = this.#idle.shift()!;
      const pending = this.#queue.shift()!;
      this.#busy.set(worker, pending);
      worker.send(pending.request);
    }
  }

  #done(worker: ChildProcess, reply: PoolReply): void {
    const pending = this.#busy.get(worker);
    if (!pending || pending.request.id !== reply.id) return;
    this.#busy.delete(worker);
    this.#idle.push(worker);
    pending.resolve(reply.results);
    this.#dispatch();
    this.#holdOpen();
  }

  // The channels keep this process alive only while a batch waits or prints.
  #holdOpen(): void {
    const waiting = this.#queue.length > 0 || this.#busy.size > 0;
    for (const worker of this.#workers) {
      if (waiting) worker.channel?.ref();
      else worker.channel?.unref();
    }
  }

  // A process that dies (out of memory, say) fails its batch; the others finish the queue, and when none is left, the queue fails.
  #lost(worker: ChildProcess, code: number | null): void {
    const pending = this.#busy.get(worker);
    this.#busy.delete(worker);
    const index = this.#idle.indexOf(worker);
    if (index >= 0) this.#idle.splice(index, 1);
    const error = {
      ok: false as const,
      message: `The PDF compiler process stopped (exit code ${code}) while printing this document.`,
    };
    pending?.resolve(pending.request.jobs.map(() => error));
    this.#alive--;
    if (this.#alive === 0)
      for (const queued of this.#queue.splice(0)) queued.resolve(queued.request.jobs.map(() => error));
  }

  /** Stops every process and waits for it to exit, so that its CPU time is counted with the build's; then prunes the cache. */
  async close(): Promise<void> {
    this.#cache?.prune();
    await Promise.all(
      this.#workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            // Held again until it exits: without it, this process could run out of work and end mid-build.
            worker.ref();
            worker.once('exit', () => resolve());
            worker.disconnect();
          }),
      ),
    );
  }
}

// How many Typst processes a build needs: no more than SIDKIT_PDF_PROCESSES, nor than it has toolkits to print.
function poolSize(model: ProjectModel): number {
  const toolkits = model.toolkitRoutes.filter((route) => !route.fallback).length;
  return Math.min(buildSettings().pdfProcesses, Math.max(1, toolkits));
}

let warm: PdfCompilerPool | undefined;

/** A build's pool: its processes, and the build cache SIDKIT_CACHE names. */
function buildPool(model: ProjectModel): PdfCompilerPool {
  return PdfCompilerPool.start(poolSize(model), CompileCache.open(buildSettings().buildCache));
}

/** Starts the model's compiler processes ahead of the PDF step, while Astro renders pages on one core and the others are idle. */
export function warmUpPdfCompilerPool(model: ProjectModel): void {
  warm ??= buildPool(model);
}

/** The pool `warmUpPdfCompilerPool` started, or a new one for the model; a pool serves one PDF step. */
export function takePdfCompilerPool(model: ProjectModel): PdfCompilerPool {
  const pool = warm ?? buildPool(model);
  warm = undefined;
  return pool;
}
