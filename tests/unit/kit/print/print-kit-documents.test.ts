import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { printKitDocuments } from '../../../../src/integrations/print-kit-documents.ts';
import type { PdfCompilerPool, PooledPdf } from '../../../../src/lib/pdf/compile-pool.ts';
import type { PdfJob } from '../../../../src/lib/pdf/compile.ts';
import { demoCampaign, TEST_KIT } from './kit-fixture.ts';
import { readTestProject } from '../../../helpers/project.ts';
import { resolve } from 'node:path';

const model = readTestProject(resolve(import.meta.dirname, '../../../../campaigns'));
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A pool that answers every document without Typst: a stand-in PDF, or the error given. */
function fakePool(answer: (job: PdfJob) => PooledPdf) {
  const batches: PdfJob[][] = [];
  const pool = {
    compile: async (jobs: PdfJob[]) => {
      batches.push(jobs);
      return jobs.map(answer);
    },
  } as unknown as PdfCompilerPool;
  return { pool, batches };
}

const printed = (): PooledPdf => ({
  pdf: { pdf: Buffer.from('%PDF-1.7 stand-in'), pageCount: 1, warnings: [] },
  ms: 5,
});

function outFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sidkit-kit-'));
  folders.push(folder);
  return folder;
}

test('one batch per campaign and locale; every file is in the map by its address under the base', async () => {
  const root = outFolder();
  const { pool, batches } = fakePool(printed);
  const kitModel = { ...model, campaigns: [{ ...demoCampaign, kit: TEST_KIT }] };
  const info = await printKitDocuments(root, '/sid/', logger, kitModel, pool);
  expect(batches).toHaveLength(demoCampaign.config.locales.length);
  // English: 2 posters × 2 sizes, 4 audiences × 2 papers, press release and fact sheet × 2 papers.
  expect(batches[0]).toHaveLength(4 + 8 + 2 + 2);
  expect(info.get('/sid/en/sid-2027/kit/sid-2027-en-poster-tell-someone-a3.pdf')).toEqual({ bytes: 17, pages: 1 });
  expect(info.has('/sid/zh/sid-2027/kit/sid-2027-zh-fact-sheet-us-letter.pdf')).toBe(true);
  expect(info.has('/sid/ar/sid-2027/kit/sid-2027-ar-press-release.md')).toBe(true);
  // kit.yaml has a newsletter in English only.
  expect(readFileSync(join(root, 'en/sid-2027/kit/sid-2027-en-newsletter.txt'), 'utf8')).toMatch(
    /^Safer Internet Day\n\n/,
  );
  expect(existsSync(join(root, 'fr/sid-2027/kit/sid-2027-fr-newsletter.txt'))).toBe(false);
  expect(logger.info).toHaveBeenCalledWith(
    expect.stringMatching(/^Printed \d+ kit PDF\(s\) \(\d+ poster\(s\) at 5 ms each/),
  );
});

test('a document Typst cannot print stops the build with a KitDocumentFailed problem naming it', async () => {
  const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { pool } = fakePool((job) => (job.source.includes('Key facts') ? { error: new Error('boom') } : printed()));
  await printKitDocuments(outFolder(), '/', logger, { ...model, campaigns: [demoCampaign] }, pool);
  expect(exit).toHaveBeenCalledWith(1);
  const text = String(report.mock.calls[0]?.[0]);
  expect(text).toContain('Typst could not make a print document of the kit');
  expect(text).toContain('/en/sid-2027/kit/sid-2027-en-fact-sheet-a4.pdf');
  expect(text).toContain('boom');
});

test('a campaign without facts gets no fact sheet', async () => {
  const { pool, batches } = fakePool(printed);
  const info = await printKitDocuments(
    outFolder(),
    '/',
    logger,
    { ...model, campaigns: [{ ...demoCampaign, facts: [] }] },
    pool,
  );
  expect(batches[0]!.some((job) => job.source.includes('Key facts'))).toBe(false);
  expect([...info.keys()].some((path) => path.includes('fact-sheet'))).toBe(false);
  expect(info.has('/en/sid-2027/kit/sid-2027-en-press-release-a4.pdf')).toBe(true);
});
