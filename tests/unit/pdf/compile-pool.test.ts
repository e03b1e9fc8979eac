import { afterAll, describe, expect, it } from 'vitest';
import { PdfCompiler } from '../../../src/lib/pdf/compile.ts';
import { PdfCompilerPool, type PooledPdf, type PooledPng } from '../../../src/lib/pdf/compile-pool.ts';
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

const pngOf = (result: PooledPng | undefined) => {
  if (!result || 'error' in result) throw new Error(`expected a PNG, got ${result && result.error.message}`);
  return result.png.png;
};
// A PNG's width and height, from its IHDR chunk, and whether it has an alpha channel (colour type 6).
const pngHeader = (png: Buffer) => ({
  signature: png.subarray(1, 4).toString('latin1'),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
  alpha: png[25] === 6,
});
const picture = (text: string, fill = 'rgb("#1d4ed8")') =>
  `#set page(width: 400pt, height: 210pt, margin: 20pt, fill: ${fill})\n#set text(font: ("Noto Sans", "IBM Plex Sans Arabic", "Noto Sans SC"), size: 40pt, fill: white)\n${text}`;

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

  it('draws a picture as a PNG of the exact pixel size asked for, the same bytes in any process', async () => {
    const job = { source: picture('#"Hello مرحبا 你好"'), width: 1200, height: 630 };
    const [first, second] = await Promise.all([pool.drawPngs([job]), pool.drawPngs([job])]);
    const png = pngOf(first![0]);
    expect(pngHeader(png)).toEqual({ signature: 'PNG', width: 1200, height: 630, alpha: true });
    expect(png.equals(pngOf(second![0]))).toBe(true);
    const [small] = await pool.drawPngs([{ ...job, width: 600, height: 315 }]);
    expect(pngHeader(pngOf(small))).toMatchObject({ width: 600, height: 315 });
  });

  it('returns a picture that fails as the Typst error with its line, beside the others', async () => {
    const [good, broken] = await pool.drawPngs([
      { source: picture('ok'), width: 40, height: 21 },
      { source: picture('#nope()'), width: 40, height: 21 },
    ]);
    expect(pngHeader(pngOf(good)).width).toBe(40);
    expect(broken && 'error' in broken && broken.error).toBeInstanceOf(TypstCompileError);
    expect((broken as { error: TypstCompileError }).error.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 3 }),
    ]);
  });

  it('prints a toolkit batch sent after pictures and later PDFs before them', async () => {
    const single = PdfCompilerPool.start(1);
    await single.ready;
    const finished: string[] = [];
    const track = <T>(name: string, printing: Promise<T>) => printing.then(() => finished.push(name));
    const source = sampleDocument('en').source;
    // The first batch keeps the one process busy while the others wait in the queue.
    const running = track('busy', single.compile([job(source)]));
    const queued = [
      track('pictures', single.drawPngs([{ source: picture('Card'), width: 200, height: 105 }])),
      track('kit document', single.compile([job(source)], 'later')),
      track('toolkit', single.compile([job(source)])),
    ];
    await Promise.all([running, ...queued]);
    await single.close();
    expect(finished).toEqual(['busy', 'toolkit', 'pictures', 'kit document']);
  });

  it('keeps later batches waiting while a step holds them, even with its process idle', async () => {
    const single = PdfCompilerPool.start(1);
    await single.ready;
    const release = single.holdLaterBatches();
    let drawn = false;
    const pictures = single.drawPngs([{ source: picture('Card'), width: 200, height: 105 }]).then(() => (drawn = true));
    // The one process prints a pack sent after the pictures, and stays idle while the hold lasts.
    await single.compile([job('#set text(font: "Noto Sans")\nA pack')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(drawn).toBe(false);
    release();
    await pictures;
    expect(drawn).toBe(true);
    await single.close();
  });
});
