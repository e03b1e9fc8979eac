import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileCache } from '../../../src/lib/pdf/compile-cache.ts';
import { PdfCompilerPool, type PooledPdf, type PooledPng } from '../../../src/lib/pdf/compile-pool.ts';
import { pdfText } from '../../helpers/pdf-inspect.ts';

const dir = mkdtempSync(join(tmpdir(), 'sidkit-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TIMESTAMP = 1_800_000_000;
const pdfJob = (text: string, files?: Map<string, Uint8Array>) => ({
  source: `#set text(font: "Noto Sans")\n${text}`,
  creationTimestamp: TIMESTAMP,
  ...(files ? { files } : {}),
});
const pngJob = (text: string) => ({
  source: `#set page(width: 200pt, height: 100pt, fill: rgb("#1d4ed8"))\n#set text(font: "Noto Sans", fill: white)\n${text}`,
  width: 400,
  height: 200,
});
const pdfOf = (result: PooledPdf | undefined) => {
  if (!result || 'error' in result) throw new Error(`expected a PDF, got ${result && result.error.message}`);
  return result;
};
const pngOf = (result: PooledPng | undefined) => {
  if (!result || 'error' in result) throw new Error(`expected a PNG, got ${result && result.error.message}`);
  return result;
};

describe('CompileCache keys', () => {
  const cache = CompileCache.open(dir)!;
  it('change with the source, the files read, the date and the pixel size, and with nothing else', () => {
    const base = cache.keyOf(pdfJob('Hello'));
    expect(cache.keyOf(pdfJob('Hello'))).toBe(base);
    expect(cache.keyOf(pdfJob('Hello!'))).not.toBe(base);
    expect(cache.keyOf({ ...pdfJob('Hello'), creationTimestamp: TIMESTAMP + 1 })).not.toBe(base);
    const image = (byte: number) => new Map([['/a.png', Uint8Array.of(1, 2, byte)]]);
    expect(cache.keyOf(pdfJob('Hello', image(3)))).not.toBe(base);
    expect(cache.keyOf(pdfJob('Hello', image(3)))).not.toBe(cache.keyOf(pdfJob('Hello', image(4))));
    // The files' order in the map is not an input.
    const two = [
      ['/a.png', Uint8Array.of(1)],
      ['/b.png', Uint8Array.of(2)],
    ] as const;
    expect(cache.keyOf(pdfJob('Hello', new Map(two)))).toBe(cache.keyOf(pdfJob('Hello', new Map([...two].reverse()))));
    const png = cache.keyOf(pngJob('Hi'));
    expect(cache.keyOf({ ...pngJob('Hi'), width: 401 })).not.toBe(png);
    expect(cache.keyOf({ ...pngJob('Hi'), height: 201 })).not.toBe(png);
  });

  it('removes entries unused for 30 days, and keeps those used since', () => {
    const prunable = CompileCache.open(mkdtempSync(join(dir, 'prune-')))!;
    prunable.set('old', { png: Buffer.from('x'), warnings: [] });
    prunable.set('new', { png: Buffer.from('y'), warnings: [] });
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    utimesSync(join(prunable.dir, 'old.bin'), longAgo, longAgo);
    utimesSync(join(prunable.dir, 'new.bin'), longAgo, longAgo);
    expect(prunable.get('new')).toEqual({ png: Buffer.from('y'), warnings: [] });
    expect(prunable.prune()).toBe(1);
    expect(readdirSync(prunable.dir)).toEqual(['new.bin']);
  });
});

describe('PdfCompilerPool with a cache', () => {
  it('gives a warm build the same bytes as a cold one, and compiles again only what changed', async () => {
    const cold = PdfCompilerPool.start(1, CompileCache.open(join(dir, 'pool')));
    const [a, b] = await cold.compile([pdfJob('First page'), pdfJob('Second page')]);
    const [card] = await cold.drawPngs([pngJob('Card')]);
    expect(cold.cacheStats).toMatchObject({ hits: 0, misses: 3 });
    await cold.close();

    const warm = PdfCompilerPool.start(1, CompileCache.open(join(dir, 'pool')));
    // One of the two documents was edited: only it is compiled.
    const [againA, edited] = await warm.compile([pdfJob('First page'), pdfJob('Second page, corrected')]);
    const [againCard] = await warm.drawPngs([pngJob('Card')]);
    expect(warm.cacheStats).toMatchObject({ hits: 2, misses: 1 });
    expect(pdfOf(againA).pdf.pdf.equals(pdfOf(a).pdf.pdf)).toBe(true);
    expect(pdfOf(againA).pdf.pageCount).toBe(pdfOf(a).pdf.pageCount);
    expect(pngOf(againCard).png.png.equals(pngOf(card).png.png)).toBe(true);
    expect(pdfText(pdfOf(edited).pdf.pdf)).toContain('Second page, corrected');
    expect(pdfOf(edited).pdf.pdf.equals(pdfOf(b).pdf.pdf)).toBe(false);
    await warm.close();
  });

  it('keeps no failed document, so that its error is reported again on the next build', async () => {
    const pool = PdfCompilerPool.start(1, CompileCache.open(join(dir, 'errors')));
    const broken = pdfJob('#nope()');
    expect(await pool.compile([broken])).toEqual([{ error: expect.any(Error) }]);
    expect(await pool.compile([broken])).toEqual([{ error: expect.any(Error) }]);
    expect(pool.cacheStats).toMatchObject({ hits: 0, misses: 2 });
    await pool.close();
  });
});
