/**
 * Citations of registered sources: checking that a cited document and its paragraphs or
 * footnote exist, and printing the short citation in any UN official language.
 */
import { FootnoteOutOfRange, ParagraphOutOfRange, ParagraphSpecInvalid, UnknownSource } from '../errors/catalogue.ts';
import type { PathProblem } from '../errors/problem.ts';
import { listFormat, numberFormat } from '../../i18n/format.ts';
import { CITATION_FORMS, type CitationCount, type CitationForm } from './citation-forms.ts';
import type { UnLanguage } from './languages.ts';
import { parseParagraphSpec, type ParagraphRange } from './paragraph-spec.ts';
import type { Source } from './source-schema.ts';

/** A pointer into a source, as content writes it. */
export interface Citation {
  /** Document symbol of a registered source, e.g. "A/HRC/28/56". */
  readonly source: string;
  /** Paragraph spec, e.g. "61-62"; see `parseParagraphSpec`. */
  readonly para: string;
  /** A footnote of the source, when the cited words are in a footnote. */
  readonly footnote?: number;
}

/** Problems with paragraph ranges in `source`: numbers outside 1–N, and ranges written backwards. */
function checkParagraphs(source: Source, ranges: readonly ParagraphRange[]): PathProblem[] {
  const { symbol, paragraphs } = source;
  return ranges.flatMap((range) => {
    const ends = range.from === range.to ? [range.from] : [range.from, range.to];
    const problems: PathProblem[] = ends
      .filter((n) => n < 1 || n > paragraphs)
      .map((n) => ({
        kind: ParagraphOutOfRange,
        path: ['para'],
        message: `paragraph ${n} is outside ${symbol} (paragraphs 1–${paragraphs})`,
        expected: `paragraphs 1 to ${paragraphs} of ${symbol}`,
      }));
    if (range.from > range.to) {
      problems.push({
        kind: ParagraphSpecInvalid,
        path: ['para'],
        message: `the range ${range.from}-${range.to} runs backwards`,
        expected: 'a range from the lower to the higher number',
        hint: `Write ${range.to}-${range.from}.`,
      });
    }
    return problems;
  });
}

function checkFootnote(source: Source, footnote: number): PathProblem[] {
  const { footnotes, symbol } = source;
  if (footnotes && footnote >= footnotes.from && footnote <= footnotes.to) return [];
  return [
    {
      kind: FootnoteOutOfRange,
      path: ['footnote'],
      message: footnotes
        ? `footnote ${footnote} is outside ${symbol} (footnotes ${footnotes.from}–${footnotes.to})`
        : `${symbol} has no footnotes`,
      expected: footnotes ? `footnotes ${footnotes.from} to ${footnotes.to}` : `no footnote (${symbol} has none)`,
    },
  ];
}

/** The problem (at the path `source`) of a document symbol that is not registered, naming those that are. */
export function unknownSource(sources: ReadonlyMap<string, Source>, symbol: string): PathProblem {
  const known = [...sources.keys()].join(', ') || 'none registered';
  return {
    kind: UnknownSource,
    path: ['source'],
    message: `"${symbol}" is not a registered source`,
    expected: `a registered source (${known})`,
  };
}

/**
 * Every problem with a citation: unknown source, unreadable spec, paragraph or footnote out
 * of range. Paths are the citation's fields (`source`, `para`, `footnote`); place the
 * problems where the citation is written.
 */
export function validateCitation(sources: ReadonlyMap<string, Source>, citation: Citation): PathProblem[] {
  const source = sources.get(citation.source);
  if (!source) return [unknownSource(sources, citation.source)];
  const { ranges, problems } = parseParagraphSpec(citation.para);
  const footnoteProblems = citation.footnote === undefined ? [] : checkFootnote(source, citation.footnote);
  return [...problems, ...checkParagraphs(source, ranges), ...footnoteProblems];
}

function count(parts: readonly ParagraphRange[]): CitationCount {
  if (parts.length === 1 && parts[0]?.from === parts[0]?.to) return 'one';
  return parts.length === 2 && parts.every((part) => part.from === part.to) ? 'two' : 'many';
}

/** Ranges as the language lists them: "61–62" stays one range, or becomes 61 and 62. */
function listedParts(ranges: readonly ParagraphRange[], form: CitationForm): ParagraphRange[] {
  return ranges.flatMap((range) =>
    form.listsPairs && range.to === range.from + 1
      ? [
          { from: range.from, to: range.from },
          { from: range.to, to: range.to },
        ]
      : [range],
  );
}

/** Paragraphs as a language names them, e.g. "paras. 61–62" or "par. 61 et 62", for citations and tables of contents. */
export function formatParagraphs(ranges: readonly ParagraphRange[], language: UnLanguage): string {
  const form = CITATION_FORMS[language];
  const number = numberFormat(form.intl, { useGrouping: false });
  const parts = listedParts(ranges, form);
  const texts = parts.map((part) => {
    const from = number.format(part.from);
    if (part.sub) return form.sub(from, part.sub);
    return part.from === part.to ? from : form.range(from, number.format(part.to));
  });
  const list = listFormat(form.intl, { type: 'conjunction' }).format(texts);
  return form.paragraphs(list, count(parts));
}

/** The short citation of paragraphs in a language, e.g. "A/HRC/28/56, paras. 61–62" or "A/HRC/28/56, par. 61 et 62". */
export function formatCitation(symbol: string, ranges: readonly ParagraphRange[], language: UnLanguage): string {
  return `${symbol}${CITATION_FORMS[language].separator}${formatParagraphs(ranges, language)}`;
}

/** The short citation of a footnote in a language, e.g. "A/HRC/28/56, footnote 40". */
export function formatFootnoteCitation(symbol: string, footnote: number, language: UnLanguage): string {
  const form = CITATION_FORMS[language];
  return `${symbol}${form.separator}${form.footnote(numberFormat(form.intl, { useGrouping: false }).format(footnote))}`;
}
