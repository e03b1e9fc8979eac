import { afterAll, describe, expect, it } from 'vitest';
import { PdfCompiler } from '../../../src/lib/pdf/compile.ts';
import { PdfCompilerPool, type PooledPdf } from '../../../src/lib/pdf/compile-pool.ts';
import { TypstCompileError } from '../../../src/lib/pdf/diagnostics.ts';
import { loadFonts } from '../../../src/lib/pdf/fonts.ts';
import { pdfText } from '../../helpers/pdf-inspect.ts';
import { SAMPLE_FILES, sampleDocument } from './fixtures/samples.ts';

const TIMESTAMP = 1_800_000_000;
const job = (source: string) => ({ source, files: SAMPLE_FILES, creationTimestamp: TIMESTAMP });
const pdfOf = (result: PooledPdf | undefined) => {
  if (!result || 'error' in result) throw new Error(`expected a PDF, got ${result && result.error.message}`);
  return result.pdf;
};

const pool = PdfCompilerPool.start(2);
afterAll(() => pool.close());

describe('PdfCompilerPool', () => {
  it('prints the same bytes in any of its processes as one compiler in this process', async () => {
    const sources = (['en', 'ar', 'zh', 'ru'] as const).map((key) => sampleDocument(key).source);
    // Four batches on two processes, dispatched to whichever is free.
    const pooled = await Promise.all(sources.map((source) => pool.compile([job(source)])));
    const local = PdfCompiler.create(await loadFonts());
    for (const [index, source] of sources.entries()) {
      const [result] = pooled[index]!;
      expect(pdfOf(result).pdf.equals(local.compile(job(source)).pdf)).toBe(true);
      expect(pdfOf(result).pageCount).toBeGreaterThan(1);
    }
  });

  it('returns a batch in order, and a failing document as the Typst error with its line, beside the others', async () => {
    const good = '#set text(font: "Noto Sans")\nHello from the pool';
    const [first, broken, last] = await pool.compile([
      job(good),
      job('#set text(font: "Noto Sans")\n#nope()'),
      job(good),
    ]);
    expect(pdfText(pdfOf(first).pdf)).toContain('Hello from the pool');
    expect(pdfOf(last).pdf.equals(pdfOf(first).pdf)).toBe(true);
    expect(broken && 'error' in broken && broken.error).toBeInstanceOf(TypstCompileError);
    const error = (broken as { error: TypstCompileError }).error;
    expect(error.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 2 })]);
    expect(error.message).toMatch(/unknown variable: nope/);
  });

  it('reports a bad job as an error instead of stopping its process', async () => {
    const [result] = await pool.compile([{ source: 'x', creationTimestamp: -1 }]);
    expect(result && 'error' in result && result.error.message).toMatch(/creationTimestamp must be whole seconds/);
    const [after] = await pool.compile([job('#set text(font: "Noto Sans")\nstill printing')]);
    expect(pdfText(pdfOf(after).pdf)).toContain('still printing');
  });
});
