import { expect, test } from 'vitest';
import { ownTitle, readOgTitle } from '../../../src/lib/meta/og-title.ts';

test('the og:title of a built page is read from its head alone, with its entities decoded', () => {
  const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta content="Écoles &amp; familles · Journée 2027" property="og:title"></head><body><meta property="og:title" content="not this"></body></html>`;
  expect(readOgTitle(html)).toBe('Écoles & familles · Journée 2027');
  expect(
    readOgTitle('<html><head><title>x</title></head><body><meta property="og:title" content="no"></body></html>'),
  ).toBe(undefined);
});

test('a campaign page’s own title is its og:title without the campaign’s; the home page’s is the campaign’s', () => {
  expect(ownTitle('Schools · Safer Internet Day 2027', 'Safer Internet Day 2027')).toBe('Schools');
  expect(ownTitle('A · B · Safer Internet Day 2027', 'Safer Internet Day 2027')).toBe('A · B');
  expect(ownTitle('Safer Internet Day 2027', 'Safer Internet Day 2027')).toBe('Safer Internet Day 2027');
});
