/**
 * One process of the PDF compiler pool (compile-pool.ts): it loads the fonts and a Typst
 * compiler once, then compiles each batch of documents its parent sends, in order, and sends
 * back the PDFs or the diagnostics of those that fail.
 */
import { PdfCompiler, type PdfJob } from './compile.ts';
import { TypstCompileError } from './diagnostics.ts';
import { loadFonts } from './fonts.ts';
import type { PoolReply, PoolRequest, PoolResult } from './compile-pool.ts';

const compiler = PdfCompiler.create(await loadFonts());

function compileOne(job: PdfJob): PoolResult {
  const started = performance.now();
  try {
    return { ok: true, ...compiler.compile(job), ms: performance.now() - started };
  } catch (error) {
    if (error instanceof TypstCompileError) return { ok: false, diagnostics: error.diagnostics };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

process.on('message', (request: PoolRequest) => {
  const reply: PoolReply = { id: request.id, results: request.jobs.map(compileOne) };
  process.send!(reply);
});
// The parent closed the pool, or stopped: nothing is left to print.
process.on('disconnect', () => process.exit(0));
process.send!('ready');
