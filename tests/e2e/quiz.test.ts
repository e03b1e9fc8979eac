import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/i18n/translate.ts';
import { useBrowser, visit, VIEWPORTS } from '../helpers/browser.ts';
import { DEMO_LOCALES, demo } from '../helpers/demo-site.ts';
import { pageShows, pdfText } from '../helpers/pdf-inspect.ts';
import { formatAxeViolations } from '../helpers/quality/axe-report.ts';

const browser = useBrowser();
const quiz = '#quiz-1';

/** What each question of the quiz shows: its verdict, whether its answer is open, and the option marked correct. */
function questionStates(page: Page) {
  return page.locator(`${quiz} [data-quiz-question]`).evaluateAll((questions) =>
    questions.map((question) => ({
      verdict: question.querySelector('[data-quiz-verdict]')!.textContent,
      open: question.querySelector('details')!.open,
      correctShown: [...question.querySelectorAll('.quiz-correct-mark')]
        .filter((mark) => mark.checkVisibility())
        .map((mark) => mark.closest('[data-quiz-option]')!.getAttribute('data-quiz-option')),
    })),
  );
}

describe.each([
  { path: '/en/sid-2027/toolkits/ages-11-14/', dir: 'ltr' },
  { path: '/ar/sid-2027/toolkits/ages-11-14/', dir: 'rtl' },
])('the quiz on $path', ({ path, dir }) => {
  test('is answered with the keyboard alone, then scores and explains every answer without a request or stored data', async () => {
    const page = await visit(browser(), path);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // Question 1 (answer c): Space picks a, two arrows move to c. Each Tab passes the question's "Show the answer".
    await page.locator(`${quiz} input[type=radio]`).first().focus();
    expect(
      await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent),
    ).toMatch(/keep your chats a secret/);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // Question 2 (true/false, answer false): the arrow moves from True to False.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    // Question 3 (answer b): a, wrongly. Question 4 is left unanswered.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Check my answers');
    await page.keyboard.press('Enter');

    const result = page.locator(`${quiz} [role=status]`);
    expect(await result.textContent()).toBe('You got 2 out of 4 right.');
    expect(await questionStates(page)).toEqual([
      { verdict: 'Right.', open: true, correctShown: ['c'] },
      { verdict: 'Right.', open: true, correctShown: ['false'] },
      { verdict: 'Not this one.', open: true, correctShown: ['b'] },
      { verdict: 'No answer chosen.', open: true, correctShown: ['true'] },
    ]);
    expect(await page.locator(`${quiz} details`).first().textContent()).toMatch(/Asking you to keep secrets/);
    expect(page.url()).toMatch(new RegExp(`${path}$`));
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  });

  test('without JavaScript shows no check button, and each answer opens from its disclosure', async () => {
    const page = await visit(browser(), path, { javaScriptEnabled: false });
    expect(await page.locator(`${quiz} [data-quiz-check]`).isVisible()).toBe(false);
    expect((await questionStates(page)).map((state) => [state.open, state.correctShown])).toEqual([
      [false, []],
      [false, []],
      [false, []],
      [false, []],
    ]);
    await page.locator(`${quiz} summary`).nth(2).click();
    const states = await questionStates(page);
    expect(states[2]).toEqual({ verdict: '', open: true, correctShown: ['b'] });
    expect(await page.locator(`${quiz} details`).nth(2).textContent()).toMatch(/listen to children/);
  });
});

/**
 * The quizzes of the toolkits translated in every language, as each language writes them: the
 * quiz's title, its first question with the option that answers it, and words that only the
 * feedback of one of its questions says (Arabic words are matched as a set, in any order, so
 * they are words the rest of the pack does not use).
 */
const TRANSLATED_QUIZZES: Record<
  string,
  Record<string, { title: string; question: string; answer: string; feedback: string }>
> = {
  'ages-7-11': {
    en: {
      title: 'Quick quiz: safe and kind online',
      question: 'Which of these is private information',
      answer: 'Your home address',
      feedback: 'Telling someone is always the right thing to do',
    },
    fr: {
      title: 'Petit quiz : en sécurité et gentil en ligne',
      question: 'Laquelle de ces informations est privée',
      answer: 'L’adresse de ta maison',
      feedback: 'En parler, c’est toujours la bonne chose à faire',
    },
    es: {
      title: 'Minicuestionario: seguros y amables en internet',
      question: '¿Cuál de estas cosas es información privada',
      answer: 'La dirección de tu casa',
      feedback: 'Contarlo siempre está bien',
    },
    ar: {
      title: 'اختبار قصير: آمن ولطيف على الإنترنت',
      question: 'أي من هذه المعلومات خاصة',
      answer: 'عنوان بيتك',
      feedback: 'والذنب ليس ذنبك أبدًا',
    },
    zh: {
      title: '小测验：安全又友善地上网',
      question: '下面哪一项是你在网上要保密的个人隐私信息',
      answer: '你家的地址',
      feedback: '告诉别人永远是对的',
    },
    ru: {
      title: 'Мини-тест: безопасно и по-доброму в Интернете',
      question: 'Что из этого — личная информация',
      answer: 'Твой домашний адрес',
      feedback: 'Рассказать — всегда правильно',
    },
  },
  'parents-carers': {
    en: {
      title: 'Quiz for parents and carers',
      question: 'Your child tells you something online upset them',
      answer: 'Staying calm, thanking them for telling you',
      feedback: 'but boys and younger children are targeted too',
    },
    fr: {
      title: 'Quiz pour les parents et les proches',
      question: 'Votre enfant vous dit que quelque chose en ligne',
      answer: 'Rester calme, le remercier de vous en avoir parlé',
      feedback: 'des garçons et des enfants plus jeunes sont eux aussi visés',
    },
    es: {
      title: 'Cuestionario para madres, padres y personas cuidadoras',
      question: 'Tu hijo o tu hija te cuenta que algo en internet',
      answer: 'Mantener la calma, darle las gracias por contártelo',
      feedback: 'los niños y los menores más pequeños también son objetivo',
    },
    ar: {
      title: 'اختبار للآباء والأمهات ومقدمي الرعاية',
      question: 'أخبركم طفلكم أن شيئًا على الإنترنت أزعجه',
      answer: 'الحفاظ على الهدوء، وشكره لأنه أخبركم',
      feedback: 'فيشجعه على مواصلة الحديث معكم',
    },
    zh: {
      title: '家长和照顾者小测验',
      question: '孩子告诉你，网上的某件事让他很难过',
      answer: '保持冷静，谢谢他告诉你',
      feedback: '但男孩和年龄更小的孩子也会成为目标',
    },
    ru: {
      title: 'Тест для родителей и опекунов',
      question: 'Ребёнок рассказывает, что его расстроило',
      answer: 'Сохранить спокойствие, поблагодарить',
      feedback: 'но мальчики и дети помладше тоже становятся мишенью',
    },
  },
};

describe.each(
  Object.entries(TRANSLATED_QUIZZES).flatMap(([toolkit, byLocale]) =>
    DEMO_LOCALES.flatMap((locale) =>
      ['a4', 'us-letter'].map((paper) => ({ toolkit, locale, paper, ...byLocale[locale]! })),
    ),
  ),
)('the $toolkit quiz in the $locale PDF on $paper', ({ toolkit, locale, paper, title, question, answer, feedback }) => {
  test('prints its questions without the feedback, and its answers with the feedback in the key on the last page', () => {
    const file = join(demo.outDir, locale, 'sid-2027', 'toolkits', `sid-2027-${toolkit}-${locale}-${paper}.pdf`);
    const pages = pdfText(file).split('\f');
    const key = pages.at(-1)!;
    const quizPage = pages.slice(0, -1).findIndex((page) => pageShows(page, question));
    expect(quizPage, `${question} before the key`).toBeGreaterThan(-1);
    for (const words of [title, answer]) expect(pageShows(pages[quizPage]!, words), words).toBe(true);
    expect(
      pages.slice(0, -1).some((page) => pageShows(page, feedback)),
      feedback,
    ).toBe(false);
    for (const words of [createTranslate(locale)('quiz.answerKey'), title, answer, feedback])
      expect(pageShows(key, words), words).toBe(true);
  });
});

describe.each([
  {
    locale: 'ar',
    toolkit: 'ages-7-11',
    dir: 'rtl',
    choices: ['b', 'a', 'true', 'false'],
    correct: ['b', 'c', 'true', 'false'],
  },
  { locale: 'zh', toolkit: 'parents-carers', dir: 'ltr', choices: ['b', 'false', 'c'], correct: ['b', 'true', 'c'] },
])('the translated quiz of $toolkit in $locale', ({ locale, toolkit, dir, choices, correct }) => {
  test('on a phone, scores the answers and explains each one in its language', async () => {
    const t = createTranslate(locale);
    const { feedback } = TRANSLATED_QUIZZES[toolkit]![locale]!;
    const page = await visit(browser(), `/${locale}/sid-2027/toolkits/${toolkit}/`, { viewport: VIEWPORTS.mobile });
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    const questions = page.locator(`${quiz} [data-quiz-question]`);
    expect(await questions.count()).toBe(choices.length);
    for (const [index, choice] of choices.entries())
      await questions.nth(index).locator(`input[value="${choice}"]`).check();
    await page.locator(`${quiz} [data-quiz-check]`).click();

    const right = choices.filter((choice, index) => choice === correct[index]).length;
    expect(await page.locator(`${quiz} [role=status]`).textContent()).toBe(
      t('quiz.score', { n: String(right), total: String(choices.length) }),
    );
    expect(await questionStates(page)).toEqual(
      correct.map((answer, index) => ({
        verdict: t(choices[index] === answer ? 'quiz.right' : 'quiz.wrong'),
        open: true,
        correctShown: [answer],
      })),
    );
    expect((await page.locator(`${quiz} details`).allTextContents()).join('\n')).toContain(feedback);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });
});
