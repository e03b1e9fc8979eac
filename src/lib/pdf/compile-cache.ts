/**
 * Warm rebuilds: every PDF and picture the compiler pool makes, kept on disk under the hash of
 * everything that decides its bytes (the Typst source, the files it reads, the date or pixel
 * size, and the compiler, fonts and rasteriser). An organiser who fixes one typo then waits
 * only for the documents the typo is in; every other one is the same bytes as a cold build
 * makes, read back from `node_modules/.cache/sidkit` (or the folder SIDKIT_CACHE names).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import sharp from 'sharp';
import type { CompiledPdf, PdfJob, PngJob } from './compile.ts';
import { fontPaths } from './fonts.ts';

/** What the cache keeps of a document: the pool's answer without its timing. */
export type CachedResult = CompiledPdf | { png: Buffer; warnings: CompiledPdf['warnings'] };

/** An entry unused for this long is removed when a build closes the cache. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The modules whose code decides a document's bytes: a change to any of them makes every entry stale. */
const ENGINE_MODULES = ['./compile.ts', './compile-worker.ts', './rasterise.ts', './fonts.ts'];

/**
 * What every key shares: the compiler's and sharp's versions, the font files (path and size),
 * and the code that compiles and rasterises. Worked out once per process.
 */
function engineFingerprint(): string {
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  hash.update(`typst-ts-node-compiler ${version('@myriaddreamin/typst-ts-node-compiler')}\0`);
  hash.update(`sharp ${JSON.stringify(sharp.versions)}\0`);
  for (const path of fontPaths()) hash.update(`${path} ${statSync(path).size}\0`);
  for (const module of ENGINE_MODULES) hash.update(readFileSync(new URL(module, import.meta.url)));
  return hash.digest('hex');
}

/** Counts of one build's use of the cache, for its log. */
export interface CacheStats {
  hits: number;
  misses: number;
}

/** A folder of compiled documents by content hash. */
export class CompileCache {
  readonly dir: string;
  readonly #engine: string;
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  private constructor(dir: string, engine: string) {
    this.dir = dir;
    this.#engine = engine;
  }

  /** The cache in `dir`, or none when `dir` is undefined (SIDKIT_CACHE=off). */
  static open(dir: string | undefined): CompileCache | undefined {
    if (dir === undefined) return undefined;
    mkdirSync(dir, { recursive: true });
    return new CompileCache(dir, engineFingerprint());
  }

  /** The key of one PDF or picture: the same inputs give the same key on any machine with the same packages. */
  keyOf(job: PdfJob | PngJob): string {
    const hash = createHash('sha256').update(this.#engine);
    if ('creationTimestamp' in job) hash.update(`pdf ${job.creationTimestamp}\0`);
    else hash.update(`png ${job.width}x${job.height}\0`);
    hash.update(job.source);
    for (const [path, bytes] of [...(job.files ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      hash.update(`\0${path}\0`).update(createHash('sha256').update(bytes).digest());
    return hash.digest('hex');
  }

  #path(key: string): string {
    return join(this.dir, `${key}.bin`);
  }

  /** The document kept under `key`, marked as used; undefined when there is none or it cannot be read. */
  get(key: string): CachedResult | undefined {
    const path = this.#path(key);
    try {
      const result = deserialize(readFileSync(path)) as CachedResult;
      const now = new Date();
      utimesSync(path, now, now);
      this.stats.hits++;
      return result;
    } catch {
      this.stats.misses++;
      return undefined;
    }
  }

  /** Keeps `result` under `key`, written whole or not at all (a build stopped mid-write leaves no half entry). */
  set(key: string, result: CachedResult): void {
    const path = this.#path(key);
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, serialize(result));
    renameSync(partial, path);
  }

  /** Removes entries no build has used for 30 days, so that the folder does not grow without end. */
  prune(now = Date.now()): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      if (now - statSync(path).mtimeMs > MAX_AGE_MS) {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return removed;
  }
}
