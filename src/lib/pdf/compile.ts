/**
 * Typst source to PDF bytes. One `NodeCompiler` (fonts loaded once) compiles every
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
    if (error || !document) throw new TypstCompileError(this.#diagnostics(error, job.source));
    const warnings = this.#diagnostics(result.takeWarnings(), job.source);
    const pdf = compiler.pdf(document, { creationTimestamp: job.creationTimestamp });
    // Typst memoizes globally; without eviction, memory grows by about 1 MB per document.
    compiler.evictCache(CACHE_MAX_AGE);
    return { pdf, pageCount: document.numOfPages, warnings };
  }

  #diagnostics(error: NodeError | null, source: string): TypstDiagnostic[] {
    if (!error) return [];
    return toDiagnostics(this.#compiler.fetchDiagnostics(error) as RawDiagnostic[], source);
  }
}
