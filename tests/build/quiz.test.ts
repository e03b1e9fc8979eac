import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { pdfInfo, pdfText } from '../helpers/pdf-inspect.ts';

let build: FixtureBuild;
const pdf = (locale: string) => join(build.outDir, locale, 'quiz', 'toolkits', `quiz-pack-${locale}-a4.pdf`);
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(() => {
  build = buildFixture('quiz');
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe.each([
  {
    locale: 'en',
    title: 'Password quiz',
    questions: ['1.Who should know your password?', '2.A long password is harder to guess.'],
    options: ['Your best friend', 'Only you and a parent or carer', 'True', 'False'],
    key: ['1.Only you and a parent or carer', '2.True'],
    feedback: 'A password keeps your account yours.',
  },
  {
    locale: 'ar',
    title: 'اختبار كلمات المرور',
    questions: ['من يجب أن يعرف كلمة مرورك؟', 'كلمة المرور الطويلة أصعب'],
    // Words without the ligatures MuPDF reads out of order (في, shadda, tanwin), so that the text compares.
    options: ['صديقك', 'صحيح', 'خطأ'],
    key: ['أنت وأحد والديك أو من يرعاك فقط'],
    feedback: 'يجعل كشفها أبطأ',
  },
])('the $locale quiz PDF', ({ locale, title, questions, options, key, feedback }) => {
  test('prints the numbered questions with their options, and keeps answers and feedback for the key on the last page', () => {
    const text = squash(pdfText(pdf(locale)));
    const pages = pdfText(pdf(locale)).split('\f').map(squash);
    expect(pages).toHaveLength(pdfInfo(pdf(locale)).pages);
    // The quiz's title is printed with its questions, then again in the key on the last page.
    const quizAt = text.indexOf(squash(title));
    const keyAt = text.lastIndexOf(squash(title));
    expect(quizAt).toBeGreaterThan(-1);
    expect(keyAt).toBeGreaterThan(quizAt);
    for (const words of [...questions, ...options]) {
      const at = text.indexOf(squash(words));
      expect(at, words).toBeGreaterThan(quizAt);
      expect(at, words).toBeLessThan(keyAt);
    }
    const last = pages.at(-1)!;
    for (const words of [...key, feedback]) expect(last, words).toContain(squash(words));
    // The feedback is printed only in the key, never next to its question.
    expect(text.indexOf(squash(feedback))).toBeGreaterThan(keyAt);
  });
});
