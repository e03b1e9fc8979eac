/**
 * What the kit print tests share: the demo campaign's data as the build reads it, a small
 * kit.yaml of their own, one Typst compiler with the build's fonts, and checks on a compiled
 * PDF (one compiler for every test file of a worker, as in a build).
 */
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { pdfCampaign } from '../../../../src/lib/pdf/campaign-pictures.ts';
import type { KitConfig } from '../../../../src/lib/kit/kit-schema.ts';
import { kitPrintInput, type KitPrintInput } from '../../../../src/lib/kit/print/kit-print-input.ts';
import { PdfCompiler, type CompiledPdf } from '../../../../src/lib/pdf/compile.ts';
import { loadFonts } from '../../../../src/lib/pdf/fonts.ts';
import { pageShows, pdfLines } from '../../../helpers/pdf-inspect.ts';
import { readTestProject } from '../../../helpers/project.ts';

/** The creation date written into every test PDF. */
export const TIMESTAMP = 1_800_000_000;
/** The languages the print tests cover: the default, right to left, and Chinese characters. */
export const PRINT_LOCALES = ['en', 'ar', 'zh'] as const;
/** The demo's day, as Intl writes it in each of those languages. */
export const DEMO_DATES: Readonly<Record<(typeof PRINT_LOCALES)[number], string>> = {
  en: 'February 9, 2027',
  ar: '9 فبراير 2027',
  zh: '2027年2月9日',
};
/** Page sizes in PostScript points, as MuPDF reports them rounded to a tenth. */
export const PAGE_SIZES = {
  a4: { width: 595.3, height: 841.9 },
  a3: { width: 841.9, height: 1190.6 },
  'a4-landscape': { width: 841.9, height: 595.3 },
  'us-letter-landscape': { width: 792, height: 612 },
  'us-letter': { width: 612, height: 792 },
};

/** A kit.yaml of the tests' own, in the three languages they print. */
export const TEST_KIT: KitConfig = {
  hashtag: '#SaferInternetDay',
  messages: [],
  posters: [
    {
      id: 'tell-someone',
      headline: {
        en: 'Worried by something online? Tell someone you trust.',
        ar: 'هل أقلقك شيء على الإنترنت؟ أخبر شخصًا تثق به.',
        zh: '网上有事让你担心？告诉你信任的人。',
      },
      body: {
        en: 'You are never in trouble for asking.',
        ar: 'لن تقع في مشكلة لأنك سألت.',
        zh: '提问永远不会给你惹麻烦。',
      },
    },
  ],
  callToAction: { en: 'Ask, share, be kind', ar: 'اسأل، شارك، كن لطيفًا', zh: '多问、分享、友善' },
  press: {
    contact: { name: 'Press office (sample)', email: 'press@example.org' },
    boilerplate: { en: 'A sample organiser.', ar: 'منظِّم نموذجي.', zh: '示例主办方。' },
    facts: ['internet-users-2013', 'inhope-hotlines', 'children-sexually-exploited'],
  },
  newsletter: { subject: { en: 'Safer Internet Day' }, body: { en: 'Dear parents,\n\nOn 9 February…' } },
};

const model = readTestProject(resolve(import.meta.dirname, '../../../../campaigns'));
/** The demo campaign, as the build reads it. */
export const demoCampaign = model.campaigns.find((campaign) => campaign.id === 'sid-2027')!;
const art = await pdfCampaign(demoCampaign);
/** The logo and key visual, mapped into the compiler. */
export const ART_FILES = art.files;

/** The input of the demo's documents in `locale`, with `kit` (none: as without a kit.yaml). */
export function demoInput(locale: string, kit?: KitConfig): KitPrintInput {
  const { kit: _demoKit, ...withoutKit } = demoCampaign;
  const campaign = kit ? { ...withoutKit, kit } : withoutKit;
  const { logoPath, coverPicturePath } = art.campaign;
  return kitPrintInput(
    model,
    campaign,
    locale,
    { logoPath: logoPath!, coverPicturePath: coverPicturePath! },
    {
      site: 'https://sid.example.net',
      base: '/',
    },
  );
}

let compiler: PdfCompiler | undefined;
/** Compiles a kit document with the build's fonts and the demo's pictures. */
export async function compileKit(source: string): Promise<CompiledPdf> {
  compiler ??= PdfCompiler.create(await loadFonts());
  return compiler.compile({ source, files: ART_FILES, creationTimestamp: TIMESTAMP });
}

/** 10 mm in PostScript points: what many printers cannot print at the edge of the sheet. */
const UNPRINTABLE = (10 / 25.4) * 72;

/**
 * Expects every line of text on page 1 to lie at least 10 mm inside the sheet. (Drawn shapes are
 * not checked: the key visual's paths extend past the rounded frame that clips them.)
 */
export function expectInsidePrintableArea(pdf: Uint8Array, size: { width: number; height: number }): void {
  for (const line of pdfLines(pdf, 1)) {
    expect(line.x0, line.text).toBeGreaterThanOrEqual(UNPRINTABLE);
    expect(line.y, line.text).toBeGreaterThanOrEqual(UNPRINTABLE);
    expect(line.x1, line.text).toBeLessThanOrEqual(size.width - UNPRINTABLE);
    expect(line.y + line.size, line.text).toBeLessThanOrEqual(size.height - UNPRINTABLE);
  }
}

/**
 * Expects the extracted text of a PDF to show `shown`. MuPDF runs Arabic words and the digits
 * after them together ("أمانًا2027"), so in Arabic the words and the numbers are looked for apart.
 */
export function expectShown(text: string, shown: string): void {
  if (!/\p{Script=Arabic}/u.test(shown)) return void expect(pageShows(text, shown), shown).toBe(true);
  expect(pageShows(text.replace(/\p{N}+/gu, ' '), shown.replace(/\p{N}+/gu, ' ')), shown).toBe(true);
  for (const number of shown.match(/\p{N}+/gu) ?? []) expect(text, shown).toContain(number);
}
