/**
 * One process of the PDF compiler pool (compile-pool.ts): it loads the fonts and a Typst
 * compiler once, then compiles each batch of documents its parent sends, in order, and sends
 * back the PDFs (or the pictures, as PNG) or the diagnostics of those that fail.
 */
import sharp from 'sharp';
import { PdfCompiler, type PdfJob, type PngJob } from './compile.ts';
import { TypstCompileError } from './diagnostics.ts';
import { loadFonts } from './fonts.ts';
import { rasteriseSvg } from './rasterise.ts';
import type { PoolReply, PoolRequest, PoolResult } from './compile-pool.ts';

const compiler = PdfCompiler.create(await loadFonts());
// The pool already runs one process per core: libvips threads on top would only compete with them.
sharp.concurrency(1);

function failure(error: unknown): PoolResult {
  if (error instanceof TypstCompileError) return { ok: false, diagnostics: error.diagnostics };
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

function compileOne(job: PdfJob): PoolResult {
  const started = performance.now();
  try {
    return { ok: true, ...compiler.compile(job), ms: performance.now() - started };
  } catch (error) {
    return failure(error);
  }
}

async function drawOne(job: PngJob): Promise<PoolResult> {
  const started = performance.now();
  try {
    const { svg, warnings } = compiler.compileSvg(job);
    const png = await rasteriseSvg(svg, job.width, job.height);
    return { ok: true, png, warnings, ms: performance.now() - started };
  } catch (error) {
    return failure(error);
  }
}

process.on('message', async (request: PoolRequest) => {
  const results: PoolResult[] = [];
  if (request.kind === 'pdf') results.push(...request.jobs.map(compileOne));
  // One picture at a time, in order, like the PDFs: the process's one compiler serves them all.
  else for (const job of request.jobs) results.push(await drawOne(job));
  const reply: PoolReply = { id: request.id, results };
  process.send!(reply);
});
// The parent closed the pool, or stopped: nothing is left to print.
process.on('disconnect', () => process.exit(0));
process.send!('ready');
