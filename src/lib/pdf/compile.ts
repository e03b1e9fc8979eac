/**
 * Typst source to PDF bytes, or to SVG for pictures. One `NodeCompiler` (fonts loaded once) compiles every
 * document of a build: creating it costs far more than a compile. Output is reproducible:
 * the PDF's creation date is the timestamp passed in, and each compile sees only its own
 * source and images, in a virtual folder that maps to nothing on disk.
 */
import { NodeCompiler, type NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import { TypstCompileError, toDiagnostics, type RawDiagnostic, type TypstDiagnostic } from './diagnostics.ts';

/** The compiler's workspace: a folder that does not exist, so documents can read only the files mapped into it. */
const WORKSPACE = '/sidkit-virtual-root';
const MAIN_PATH = `${WORKSPACE}/main.typ`;
/** Compiles a memoized result may go unused before it is dropped; 10 is typst.ts's advice for one-shot tools. */
const CACHE_MAX_AGE = 10;

/** One document to compile. */
export interface PdfJob {
  /** The Typst source, e.g. from `buildDocument`. */
  source: string;
  /** Files the source reads, by the absolute path it uses (e.g. `/images/a.png`, as returned by `resolveImage`). */
  files?: ReadonlyMap<string, Uint8Array>;
  /** Seconds since the Unix epoch, written as the PDF's creation date (e.g. from SOURCE_DATE_EPOCH). */
  creationTimestamp: number;
}

/** One picture to draw: a Typst document of one page, rasterised to `width` × `height` pixels (see ./rasterise.ts). */
export interface PngJob {
  source: string;
  files?: ReadonlyMap<string, Uint8Array>;
  width: number;
  height: number;
}

/** A compiled document's first page as SVG, which librsvg rasterises. */
export interface CompiledSvg {
  svg: string;
  warnings: TypstDiagnostic[];
}

/** A compiled PDF. */
export interface CompiledPdf {
  pdf: Buffer;
  pageCount: number;
  /** Typst warnings, e.g. a missing glyph; the caller decides whether they fail the build. */
  warnings: TypstDiagnostic[];
}

/** Compiles Typst documents to PDF with one reusable compiler. */
export class PdfCompiler {
  readonly #compiler: NodeCompiler;

  private constructor(compiler: NodeCompiler) {
    this.#compiler = compiler;
  }

  /** Creates the compiler with the given font files (TTF/OTF), e.g. from `loadFonts()`. */
  static create(fonts: readonly Buffer[]): PdfCompiler {
    return new PdfCompiler(NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: [...fonts] }] }));
  }

  /** Compiles one document; throws `TypstCompileError` with every Typst error, located in the source. */
  compile(job: PdfJob): CompiledPdf {
    if (!Number.isInteger(job.creationTimestamp) || job.creationTimestamp < 0) {
      throw new Error(`creationTimestamp must be whole seconds since 1970, got ${job.creationTimestamp}.`);
    }
    const { document, warnings } = this.#document(job);
    const pdf = this.#compiler.pdf(document, { creationTimestamp: job.creationTimestamp });
    this.#compiler.evictCache(CACHE_MAX_AGE);
    return { pdf, pageCount: document.numOfPages, warnings };
  }

  /** Compiles one document to SVG, for pictures; throws `TypstCompileError` like `compile`. */
  compileSvg(job: Pick<PngJob, 'source' | 'files'>): CompiledSvg {
    const { document, warnings } = this.#document(job);
    const svg = this.#compiler.svg(document);
    this.#compiler.evictCache(CACHE_MAX_AGE);
    return { svg, warnings };
  }

  // The compiled document of a job, seeing only its own source and files.
  #document(job: Pick<PdfJob, 'source' | 'files'>) {
    const compiler = this.#compiler;
    compiler.resetShadow();
    for (const [path, content] of job.files ?? []) {
      if (!path.startsWith('/'))
        throw new Error(`File path ${JSON.stringify(path)} must be absolute, as the source refers to it.`);
      compiler.mapShadow(`${WORKSPACE}${path}`, Buffer.from(content));
    }
    compiler.addSource(MAIN_PATH, job.source);
    const result = compiler.compile({ mainFilePath: MAIN_PATH });
    const error = result.takeError();
    const document = result.result;
    // Typst memoizes globally; the callers evict after each document, or memory grows by about 1 MB per document.
    if (error || !document) {
      compiler.evictCache(CACHE_MAX_AGE);
      throw new TypstCompileError(this.#diagnostics(error, job.source));
    }
    return { document, warnings: this.#diagnostics(result.takeWarnings(), job.source) };
  }

  #diagnostics(error: NodeError | null, source: string): TypstDiagnostic[] {
    if (!error) return [];
    return toDiagnostics(this.#compiler.fetchDiagnostics(error) as RawDiagnostic[], source);
  }
}
