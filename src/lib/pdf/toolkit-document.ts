/**
 * Turns one rendered toolkit page into the Typst sources of its PDFs (one per paper size): finds the part marked
 * `data-pdf-body`, moves its help box to the last page, converts the rest, and wraps it
 * (with the full references of the cited documents, `data-source-documents`, heading the notes)
 * in the branded document. Pure: the caller reads and writes files.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { localeInfo } from '../../i18n/locales.ts';
import { createTranslate, type UiOverrides } from '../../i18n/translate.ts';
import { PAPER_SIZES, type PaperSize } from '../routing/toolkit-files.ts';
import { hastToTypst } from '../typst/hast-to-typst.ts';
import type { ConversionProblem } from '../typst/problems.ts';
import { PdfCannotExpress } from '../errors/catalogue.ts';
import { problem, type Problem } from '../errors/problem.ts';
import { buildDocument } from '../typst/document.ts';
import { fontFamiliesFor } from './fonts.ts';
import { componentLabels, documentLabels } from './toolkit-labels.ts';

/** What the PDF needs from the campaign besides the page. */
export interface ToolkitPdfCampaign {
  title: Readonly<Record<string, string>>;
  date: string;
  brand: { primary: string; accent?: string };
  ui: UiOverrides;
  /** The logo as a virtual path already mapped into the compiler. */
  logoPath?: string;
  print: { cover: 'band' | 'full-bleed' };
  /** The key visual for the cover, as a virtual path already mapped into the compiler. */
  coverPicturePath?: string;
}

/** The Typst sources of one toolkit's PDFs, one per paper size, or the problems that stop them. */
export interface ToolkitPdfSources {
  /** Empty when there are problems. */
  sources: ReadonlyMap<PaperSize, string>;
  problems: ConversionProblem[];
  title: string;
  lang: string;
}

/** A copy of `element` without the descendant `removed`, leaving the page's tree untouched. */
function without(element: Element, removed: Element | undefined): Element {
  const children = element.children
    .filter((node) => node !== removed)
    .map((node) => (node.type === 'element' ? without(node, removed) : node));
  return { ...element, children };
}

/**
 * Builds the PDF sources of the toolkit page `page` in every paper size, converting its content
 * once; `pictures` maps each picture's original file (`data-pdf-source`) to the path it is
 * mapped at in the compiler (./pdf-pictures.ts), and `pageUrl`, the page's published address,
 * makes its relative links absolute, as a printed link must be.
 */
export function toolkitPdfSources(
  page: Root,
  campaign: ToolkitPdfCampaign,
  pictures: ReadonlyMap<string, string> = new Map(),
  pageUrl?: string,
): ToolkitPdfSources {
  const article = select('article[data-toolkit]', page);
  const body = article && select('[data-pdf-body]', article);
  if (!article || !body)
    return {
      sources: new Map(),
      problems: [{ element: '<article data-toolkit>', message: 'the page has no toolkit body marked data-pdf-body' }],
      title: '',
      lang: '',
    };
  const lang = String(article.properties.lang ?? '');
  const t = createTranslate(lang, campaign.ui);
  // The last help box becomes the last page; one earlier in the pack stays where the author put it.
  const helpBox = selectAll('[data-sidkit="helpbox"]', body).at(-1);
  const options = {
    labels: componentLabels(t),
    resolveImage: (source: string) => pictures.get(source),
    ...(pageUrl ? { baseUrl: pageUrl } : {}),
  };
  const converted = hastToTypst({ type: 'root', children: without(body, helpBox).children }, options);
  const helplines = helpBox ? hastToTypst({ type: 'root', children: helpBox.children }, options) : undefined;
  const documents = select('[data-source-documents]', article);
  const references = documents ? hastToTypst({ type: 'root', children: [documents] }, options) : undefined;
  const problems = [...converted.problems, ...(helplines?.problems ?? []), ...(references?.problems ?? [])];
  if (!helpBox)
    problems.push({
      element: '<HelpBox />',
      message: 'a toolkit must end with <HelpBox /> so its PDF lists where to get help on the last page',
    });
  const title = toString(select('h1', article) ?? article).trim();
  const audience = select('[data-audience-label]', article);
  const document = (paper: PaperSize) =>
    buildDocument({
      lang,
      dir: localeInfo(lang).dir,
      paper,
      title,
      campaignTitle: campaign.title[lang] ?? '',
      audienceLabel: audience ? toString(audience).trim() : '',
      languageName: localeInfo(lang).nativeName,
      date: campaign.date,
      brand: campaign.brand,
      ...(campaign.logoPath ? { logo: { path: campaign.logoPath, alt: campaign.title[lang] ?? '' } } : {}),
      coverStyle: campaign.print.cover,
      ...(campaign.coverPicturePath ? { coverPicture: campaign.coverPicturePath } : {}),
      labels: documentLabels(t),
      bodyMarkup: converted.markup,
      endnotes: [...converted.endnotes, ...(helplines?.endnotes ?? [])],
      sourcesMarkup: references?.markup ?? '',
      helplinesMarkup: helplines?.markup ?? '',
      fontFamilies: fontFamiliesFor(lang),
    });
  const sources = new Map(problems.length ? [] : PAPER_SIZES.map((paper) => [paper, document(paper)] as const));
  return { sources, problems, title, lang };
}

/** The problems that stop a toolkit's PDF as catalogued reports on its MDX file, naming the element and its line in the rendered HTML. */
export function toolkitPdfProblems(problems: readonly ConversionProblem[], mdxFile: string): Problem[] {
  return problems.map((found) =>
    problem(PdfCannotExpress, {
      file: mdxFile,
      field: found.element,
      message: `${found.message}${found.line ? ` (rendered HTML line ${found.line})` : ''}`,
    }),
  );
}
