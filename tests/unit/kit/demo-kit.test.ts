import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { PLATFORM_LIMITS } from '../../../src/lib/kit/kit-schema.ts';
import { tightestFit } from '../../../src/lib/kit/post-fit.ts';
import { readTestProject } from '../../helpers/project.ts';

const model = readTestProject(resolve(import.meta.dirname, '../../../campaigns'));
const campaign = model.campaigns.find((c) => c.id === 'sid-2027')!;

test("the demo campaign's kit.yaml is read through the model with no problem, in all six languages", () => {
  expect(model.problems.filter((p) => p.file.endsWith('kit.yaml'))).toEqual([]);
  const kit = campaign.kit!;
  expect(kit.hashtag).toBe('#SaferInternetDay');
  expect(kit.messages).toHaveLength(5);
  expect(kit.posters).toHaveLength(2);
  for (const locale of campaign.config.locales) {
    for (const message of kit.messages) {
      const fit = tightestFit(message, locale, kit.hashtag)!;
      expect(fit.length, `${message.id} in ${locale}`).toBeLessThanOrEqual(fit.limit);
    }
    expect(kit.newsletter?.body[locale], locale).toBeDefined();
  }
  expect(Math.min(...kit.messages.map((m) => tightestFit(m, 'en', kit.hashtag)!.limit))).toBe(PLATFORM_LIMITS.x);
});

test('the newsletter body for parents is 120 to 180 words long in English', () => {
  const words = campaign.kit!.newsletter!.body.en!.split(/\s+/).filter(Boolean).length;
  expect(words).toBeGreaterThanOrEqual(120);
  expect(words).toBeLessThanOrEqual(180);
});
