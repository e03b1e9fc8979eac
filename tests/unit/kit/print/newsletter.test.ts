import { expect, test } from 'vitest';
import { newsletterText } from '../../../../src/lib/kit/print/newsletter.ts';
import { TEST_KIT } from './kit-fixture.ts';

test('the newsletter is the subject, a blank line and the body; none where the kit has none in the locale', () => {
  expect(newsletterText(TEST_KIT, 'en')).toBe('Safer Internet Day\n\nDear parents,\n\nOn 9 February…\n');
  expect(newsletterText(TEST_KIT, 'fr')).toBeUndefined();
  expect(newsletterText(undefined, 'en')).toBeUndefined();
});
