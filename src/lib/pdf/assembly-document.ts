/**
 * Turns the assembly of one rendered toolkit page into the Typst sources of its slides (16:9)
 * and its speaker notes (one per paper size): reads the slides from the page's HTML, converts
 * each slide's content and notes as the pack's PDF does, and ends the slides with the
 * campaign's primary helpline in the page's language. Pure: the caller compiles and writes.
 */
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { localeInfo } from '../../i18n/locales.ts';
import { createTranslate, type Translate } from '../../i18n/translate.ts';
import { pageAssembly } from '../components/assembly-html.ts';
import { PAPER_SIZES, type PaperSize } from '../routing/toolkit-files.ts';
import { areaName, helpEntryName } from '../sources/help.ts';
import { primaryHelpline } from '../sources/help-primary.ts';
import type { HelpEntry } from '../sources/help-schema.ts';
import { hastToTypst } from '../typst/hast-to-typst.ts';
import type { Endnote } from '../typst/convert-context.ts';
import type { ConversionProblem } from '../typst/problems.ts';
import {
  buildSlidesDocument,
  buildSpeakerNotesDocument,
  type HelpSlide,
  type SlideMarkup,
} from '../typst/slides-document.ts';
import { typstString } from '../typst/escape.ts';
import { fontFamiliesFor } from './fonts.ts';
import { componentLabels } from './toolkit-labels.ts';
import type { ToolkitPdfCampaign } from './toolkit-document.ts';

/** The Typst sources of an assembly's PDFs, or the problems that stop them. */
export interface AssemblyPdfSources {
  /** Empty when there are problems. */
  slides: string;
  speakerNotes: ReadonlyMap<PaperSize, string>;
  /** The `<Slide>`s, without the title and help slides. */
  slideCount: number;
  problems: ConversionProblem[];
}

/** A slide's or its notes' cited notes, one `#<fn>(id)[note]` line each, under the text that cites them. */
function sourceLines(fn: string, endnotes: readonly Endnote[]): string {
  return endnotes.map((note) => `#${fn}(${typstString(note.id)})[${note.markup}]`).join('\n');
}

/** The help slide in `locale`: the campaign's primary helpline, or none when its help file lists no helpline with a number. */
export function helpSlide(
  entries: readonly HelpEntry[],
  locale: string,
  defaultLocale: string,
  t: Translate,
): HelpSlide | undefined {
  const entry = primaryHelpline(entries, locale);
  if (!entry?.phone) return undefined;
  const name = helpEntryName(entry, locale, defaultLocale);
  return {
    heading: t('helpFirst.heading'),
    number: entry.phone,
    name: name.text,
    ...(name.lang ? { nameLang: name.lang } : {}),
    area: areaName(entry.country, locale, t('help.international')),
    about: t('helpFirst.about'),
  };
}

/**
 * The slide and speaker-notes sources of the toolkit page `page`, or undefined when it has no
 * assembly; `help` is the campaign's help file and `pictures` and `pageUrl` are as for the pack.
 */
export function assemblyPdfSources(
  page: Root,
  campaign: ToolkitPdfCampaign & { defaultLocale: string },
  help: readonly HelpEntry[],
  pictures: ReadonlyMap<string, string> = new Map(),
  pageUrl?: string,
): AssemblyPdfSources | undefined {
  const article = select('article[data-toolkit]', page);
  const assembly = article && pageAssembly(article);
  if (!article || !assembly) return undefined;
  const lang = String(article.properties.lang ?? '');
  const t = createTranslate(lang, campaign.ui);
  const options = {
    labels: componentLabels(t),
    resolveImage: (source: string) => pictures.get(source),
    // Relative links print as the absolute addresses they lead to from the page, as in the pack.
    ...(pageUrl ? { baseUrl: pageUrl } : {}),
  };
  const problems: ConversionProblem[] = [];
  const convert = (nodes: SlideMarkupSource) => {
    const result = hastToTypst({ type: 'root', children: nodes }, options);
    problems.push(...result.problems);
    return result;
  };
  const slides = assembly.slides.map((slide): SlideMarkup => {
    const content = convert(slide.content);
    const notes = convert(slide.notes);
    return {
      label: slide.label,
      title: slide.title,
      content: content.markup,
      notes: notes.markup,
      sources: sourceLines('sidkit-slide-source', content.endnotes),
      notesSources: sourceLines('sidkit-notes-source', notes.endnotes),
    };
  });
  // The full reference of each cited document, as the pack prints above its notes: the handout's first page names them.
  const documents = select('[data-source-documents]', article);
  const references = documents ? convert([documents]).markup : '';
  const helpOnSlide = helpSlide(help, lang, campaign.defaultLocale, t);
  const input = {
    lang,
    dir: localeInfo(lang).dir,
    title: assembly.title,
    about: assembly.about,
    campaignTitle: campaign.title[lang] ?? '',
    date: campaign.date,
    brand: campaign.brand,
    ...(campaign.logoPath ? { logo: { path: campaign.logoPath, alt: campaign.title[lang] ?? '' } } : {}),
    ...(campaign.coverPicturePath ? { keyVisual: campaign.coverPicturePath } : {}),
    slides,
    ...(helpOnSlide ? { help: helpOnSlide } : {}),
    sourcesMarkup: references,
    notesTitle: assembly.notesTitle,
    helpNote: assembly.helpNote,
    fontFamilies: fontFamiliesFor(lang),
  };
  if (problems.length) return { slides: '', speakerNotes: new Map(), slideCount: slides.length, problems };
  return {
    slides: buildSlidesDocument(input),
    speakerNotes: new Map(PAPER_SIZES.map((paper) => [paper, buildSpeakerNotesDocument(input, paper)] as const)),
    slideCount: slides.length,
    problems,
  };
}

type SlideMarkupSource = Parameters<typeof hastToTypst>[0]['children'];
