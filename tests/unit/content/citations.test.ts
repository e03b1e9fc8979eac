import { expect, test } from 'vitest';
import { numberedCitations } from '../../../src/lib/content/citations.ts';

const fact = {
  id: 'hotlines',
  value: 51,
  unit: 'hotlines' as const,
  year: 2014,
  source: 'A/HRC/28/56',
  para: '49',
  label: { en: 'hotlines' },
  check: '51 hotlines',
};

test('citations are numbered once each in reading order, including the ones fact cards carry', () => {
  const mdx = `Intro <Cite source="A/HRC/28/56" para="61" />.\n\n<Fact id="hotlines" />\n\nAgain <Cite source="A/HRC/28/56" para=" 61" /> and <Cite source="A/HRC/28/56" para="49" />, then <Cite source="A/HRC/28/56" para="48" footnote={42} />.\n`;
  expect(numberedCitations(mdx, [fact])).toEqual([
    { source: 'A/HRC/28/56', para: '61', note: 1 },
    { source: 'A/HRC/28/56', para: '49', note: 2 },
    { source: 'A/HRC/28/56', para: '48', footnote: 42, note: 3 },
  ]);
});
