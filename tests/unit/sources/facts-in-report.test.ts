/**
 * Every fact in the real campaigns/sid-2027/facts.yaml against the text of A/HRC/28/56:
 * its check words stand in the cited paragraph (or footnote), and its figure is in them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/lib/sources/facts.ts';
import { UN_LANGUAGES } from '../../../src/lib/sources/languages.ts';
import { parseParagraphSpec } from '../../../src/lib/sources/paragraph-spec.ts';
import { readSourceRegistry } from '../../../src/lib/sources/registry.ts';
import { normalise, readReport } from './report-text.ts';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const registryDir = path('../../../src/data/sources');
const { sources } = readSourceRegistry(registryDir);
const { facts, problems } = await loadFacts(path('../../../campaigns/sid-2027/facts.yaml'), {
  sources,
  locales: [...UN_LANGUAGES],
});
const reportSource = sources.get('A/HRC/28/56');
if (!reportSource) throw new Error('A/HRC/28/56 is missing from the source registry');
const report = readReport(reportSource, registryDir);

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An integer below 100 in English words, as the report writes some figures ("Forty-three", "three days"). */
function inWords(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  return ones === 0 ? (TENS[tens] ?? '') : `${TENS[tens]}-${ONES[ones]}`;
}

/** The ways the report may print a figure: 169, 40,000, 2.8 billion, forty-three. */
function spellings(value: number): string[] {
  const forms = [String(value), value.toLocaleString('en-US')];
  if (value >= 1e9) forms.push(`${value / 1e9} billion`);
  else if (value >= 1e6) forms.push(`${value / 1e6} million`);
  if (Number.isInteger(value) && value < 100) forms.push(inWords(value));
  return forms;
}

/** Whether `text` holds the figure as a whole number, not as part of a longer one. */
function mentions(text: string, value: number): boolean {
  return spellings(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\d.,-])${escaped}(?![\\p{L}\\d]|[.,]\\d)`, 'iu').test(text);
  });
}

/** The text of what a fact cites: its footnote, or its paragraphs. */
function citedText(fact: (typeof facts)[number]): string {
  if (fact.footnote !== undefined) return report.footnotes.get(fact.footnote) ?? '';
  return parseParagraphSpec(fact.para)
    .ranges.flatMap(({ from, to }) =>
      Array.from({ length: to - from + 1 }, (_, i) => report.paragraphs.get(from + i) ?? ''),
    )
    .join(' ');
}

describe('the report text helper', () => {
  it('finds paragraphs 1 to 89 and footnotes 1 to 67, as registered', () => {
    const source = sources.get('A/HRC/28/56');
    expect([...report.paragraphs.keys()]).toEqual(Array.from({ length: source?.paragraphs ?? 0 }, (_, i) => i + 1));
    expect([...report.footnotes.keys()]).toEqual(Array.from({ length: source?.footnotes?.to ?? 0 }, (_, i) => i + 1));
  });

  it('does not take sub-headings or footnotes for paragraphs', () => {
    expect(report.paragraphs.get(48)).toMatch(/^48\. Helplines are invaluable/);
    expect(report.paragraphs.get(49)).toMatch(/^49\. Hotlines allow/);
    expect(report.paragraphs.get(88)).toContain('(f) Establishing an international “Safer Internet Day”');
    expect(report.footnotes.get(40)).toMatch(/^40 169 States are party/);
    expect(report.footnotes.get(14)).toBe('14 See the Anti-Child Pornography Act of the Philippines.');
  });

  it('joins wrapped lines', () => {
    expect(normalise('between 13 and 19 per cent of children have experienced unwanted sexual\nsolicitation.')).toBe(
      'between 13 and 19 per cent of children have experienced unwanted sexual solicitation.',
    );
    expect(normalise('action-\noriented')).toBe('action-oriented');
  });
});

describe('campaigns/sid-2027/facts.yaml', () => {
  it('is valid, cites registered paragraphs and has a label in every UN language', () => {
    expect(problems).toEqual([]);
    expect(facts.length).toBeGreaterThanOrEqual(10);
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))(
    '%s: the check words stand where the fact cites them',
    (_, fact) => {
      expect(fact.source).toBe('A/HRC/28/56');
      expect(citedText(fact)).toContain(normalise(fact.check));
    },
  );

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s: the figure is in the check words', (_, fact) => {
    expect(mentions(fact.check, fact.value), `${fact.value} in "${fact.check}"`).toBe(true);
    if (fact.max !== undefined) expect(mentions(fact.check, fact.max), `${fact.max} in "${fact.check}"`).toBe(true);
  });

  it('never labels a figure with the term "child pornography"', () => {
    const labels = facts.flatMap((fact) => Object.values(fact.label));
    expect(labels.filter((label) => /pornograph|pornogr|порнограф|色情|إباحي/i.test(label))).toEqual([]);
  });
});
