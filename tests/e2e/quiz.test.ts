import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit } from '../helpers/browser.ts';
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
