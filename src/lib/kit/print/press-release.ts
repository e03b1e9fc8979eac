/**
 * The press release, in the locale's language, as an editable Markdown file and as a PDF:
 * the embargo line with the day, a headline from the campaign's title and tagline, what the
 * day is, the key figures (kit.yaml's press facts, else the home page's) each with the
 * paragraph of the document that states it, what people can do, the media contact, "About
 * the organiser" and notes to editors. Only contact details the data holds are printed.
 */
import { formatLongDate } from '../../../i18n/format.ts';
import { citationText } from '../../sources/citation-text.ts';
import { factFigure } from '../../sources/fact-figure.ts';
import { factLabel } from '../../sources/facts.ts';
import type { PaperSize } from '../../routing/toolkit-files.ts';
import { formatEditionDate } from '../../typst/document.ts';
import { typstString, typstText } from '../../typst/escape.ts';
import { splitTemplate } from '../../typst/template.ts';
import { displayUrl, kitTranslate, type KitPrintInput } from './kit-print-input.ts';
import { printFrame } from './print-frame.ts';

/** One key figure of the release. */
export interface PressFigure {
  figure: string;
  label: string;
  /** "Source: A/HRC/28/56, para. 22"; the notes name the document in full. */
  source: string;
}

/** The release's words, written once for both the Markdown file and the PDF. */
export interface PressRelease {
  kicker: string;
  immediate: string;
  dateline: string;
  headline: string;
  intro: string;
  figuresHeading: string;
  figures: PressFigure[];
  actionsHeading: string;
  actions: { text: string; url: string }[];
  contactHeading: string;
  contact: { name: string; email?: string; url?: string };
  about?: { heading: string; text: string };
  notesHeading: string;
  notes: { text: string; url?: string }[];
  ends: string;
}

/** How many figures a release quotes when kit.yaml names none: the home page's, at most four. */
const MAX_FIGURES = 4;

/** The facts a release quotes: kit.yaml's press facts, else the home page's key facts, else the first of facts.yaml. */
function releaseFacts(input: KitPrintInput, homeFacts: readonly string[]) {
  const ids = input.kit?.press?.facts ?? (homeFacts.length ? homeFacts : input.facts.map((fact) => fact.id));
  return ids
    .map((id) => input.facts.find((fact) => fact.id === id))
    .filter((fact) => fact !== undefined)
    .slice(0, input.kit?.press?.facts ? undefined : MAX_FIGURES);
}

/** The release of one locale; `homeFacts` are campaign.yaml's `home.facts`. */
export function pressRelease(input: KitPrintInput, homeFacts: readonly string[]): PressRelease {
  const { locale, campaign, kit } = input;
  const t = kitTranslate(input);
  const title = campaign.title[locale] ?? '';
  const tagline = campaign.tagline[locale] ?? '';
  const date = formatEditionDate(campaign.date, locale);
  const facts = releaseFacts(input, homeFacts);
  const figures = facts.map((fact): PressFigure => {
    const label = factLabel(fact, locale);
    return {
      figure: factFigure(fact, locale, t, true),
      label: label.ok ? label.value : fact.id,
      source: t('kitPrint.press.source', { citation: citationText(fact, locale) }),
    };
  });
  const cited = [...new Set(facts.map((fact) => fact.source))].flatMap((symbol) => {
    const source = input.sources.get(symbol);
    return source
      ? [
          {
            text: t('kitPrint.press.noteSources', {
              document: source.title,
              symbol,
              date: formatLongDate(source.date, locale, 'long'),
            }),
            url: source.url,
          },
        ]
      : [];
  });
  const contact = kit?.press?.contact ?? { name: campaign.organiser.name, url: campaign.organiser.url };
  const boilerplate = kit?.press?.boilerplate[locale];
  return {
    kicker: t('kitPrint.press.release'),
    immediate: t('kitPrint.press.immediate'),
    dateline: date,
    headline: t('kitPrint.press.headline', { campaign: title, tagline }),
    intro: t('kitPrint.press.intro', { organiser: campaign.organiser.name, campaign: title, date, tagline }),
    figuresHeading: t('kitPrint.press.factsHeading'),
    figures,
    actionsHeading: t('kitPrint.press.actionsHeading'),
    actions: [
      { text: t('kitPrint.press.actionToolkits'), url: input.links.toolkits },
      { text: t('kitPrint.press.actionHelp'), url: input.links.help },
      { text: t('kitPrint.press.actionKit'), url: input.links.kit },
    ],
    contactHeading: t('kitPrint.press.contactHeading'),
    contact,
    ...(boilerplate
      ? {
          about: {
            heading: t('kitPrint.press.aboutHeading', { organiser: campaign.organiser.name }),
            text: boilerplate,
          },
        }
      : {}),
    notesHeading: t('kitPrint.press.notesHeading'),
    notes: [
      ...cited,
      { text: t('kitPrint.press.noteLicence', { licence: campaign.licence.name }), url: campaign.licence.url },
    ],
    ends: t('kitPrint.press.ends'),
  };
}

/** Text shown as written in CommonMark: every ASCII punctuation mark that can start markup is escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, '\\$&').replace(/^(\d+)\.(?=\s)/, '$1\\.');
}

/** A link written as an autolink, so it stays clickable in every Markdown editor. */
const markdownLink = (url: string) => `<${url}>`;

/** The release as Markdown, for organisers to edit before they send it. */
export function pressReleaseMarkdown(release: PressRelease): string {
  const contact = [
    markdownText(release.contact.name),
    ...(release.contact.email ? [markdownLink(release.contact.email)] : []),
    ...(release.contact.url ? [markdownLink(release.contact.url)] : []),
  ];
  const lines = [
    `**${markdownText(release.immediate)}** · ${markdownText(release.dateline)}`,
    '',
    `# ${markdownText(release.headline)}`,
    '',
    markdownText(release.intro),
    '',
    ...(release.figures.length
      ? [
          `## ${markdownText(release.figuresHeading)}`,
          '',
          ...release.figures.map(
            (figure) =>
              `- **${markdownText(figure.figure)}**: ${markdownText(figure.label)}. ${markdownText(figure.source)}.`,
          ),
          '',
        ]
      : []),
    `## ${markdownText(release.actionsHeading)}`,
    '',
    ...release.actions.map((action) => `- ${markdownText(action.text)} ${markdownLink(action.url)}`),
    '',
    `## ${markdownText(release.contactHeading)}`,
    '',
    contact.join('  \n'),
    '',
    ...(release.about ? [`## ${markdownText(release.about.heading)}`, '', markdownText(release.about.text), ''] : []),
    `## ${markdownText(release.notesHeading)}`,
    '',
    ...release.notes.map(
      (note, index) => `${index + 1}. ${markdownText(note.text)}${note.url ? ` ${markdownLink(note.url)}` : ''}`,
    ),
    '',
    `${markdownText(release.ends)}`,
    '',
  ];
  return lines.join('\n');
}

/** A link printed with its address spelled out, left to right inside any paragraph. */
const typstLink = (url: string, shown = displayUrl(url)) =>
  `#text(dir: ltr, link(${typstString(url)}, ${typstString(shown)}))`;

/** The release's PDF source in one paper size. */
export function pressReleaseSource(input: KitPrintInput, release: PressRelease, paper: PaperSize): string {
  const { locale, campaign } = input;
  const t = kitTranslate(input);
  const title = campaign.title[locale] ?? '';
  const pageOf = splitTemplate(t('toolkit.pageOf'), ['n', 'total'])
    .map((part) =>
      typeof part === 'string'
        ? typstText(part)
        : part.name === 'n'
          ? '#counter(page).display()'
          : '#str(counter(page).final().first())',
    )
    .join('');
  const footer = `context { set text(size: 8.5pt, fill: luma(85)); grid(columns: (1fr, auto), column-gutter: 1em, ${typstString(title)}, [${pageOf}]) }`;
  const logo = campaign.logoPath
    ? `image(${typstString(campaign.logoPath)}, alt: ${typstString(title)}, height: 1.3cm), `
    : '';
  const heading = (text: string) => `#heading(level: 2, ${typstString(text)})`;
  const contact = [
    `#strong(${typstString(release.contact.name)})`,
    ...(release.contact.email ? [typstLink(`mailto:${release.contact.email}`, release.contact.email)] : []),
    ...(release.contact.url ? [typstLink(release.contact.url)] : []),
  ].join(' \\\n');
  return `${printFrame({ lang: locale, title: `${title}: ${release.kicker}`, brand: campaign.brand, paper, margin: '(x: 22mm, top: 18mm, bottom: 22mm)', textSize: '10.5pt', footer })}
#set par(leading: 0.7em, spacing: 1.1em)
#show heading: set text(fill: sidkit-primary.darken(15%), size: 1.25em)
#show heading: set block(above: 1.5em, below: 0.7em)
#show link: set text(fill: sidkit-primary.darken(15%))

#block(width: 100%, fill: sidkit-primary, radius: 3mm, inset: (x: 8mm, y: 6mm), grid(
  columns: ${campaign.logoPath ? '(auto, 1fr, auto)' : '(1fr, auto)'},
  column-gutter: 1em,
  align: horizon,
  ${logo}text(fill: sidkit-on-primary, size: 1.3em, weight: "bold", ${typstString(title)}),
  box(fill: sidkit-accent, radius: 1.5mm, inset: (x: 3mm, y: 2mm), text(fill: sidkit-on-accent, weight: "bold", ${typstString(release.kicker)})),
))
#v(0.6em)
#text(weight: "bold", ${typstString(release.immediate)}) #h(0.6em) #text(fill: luma(70), ${typstString(release.dateline)})

#block(above: 1.2em, below: 1.2em, text(size: 2em, weight: "bold", fill: sidkit-primary.darken(15%), ${typstString(release.headline)}))

${typstText(release.intro)}

${release.figures.length ? heading(release.figuresHeading) : ''}
#grid(columns: (1fr, 1fr), gutter: 3mm, ${release.figures
    .map(
      (figure) => `block(width: 100%, inset: (x: 4mm, y: 3mm), fill: sidkit-tint, radius: 2mm, {
    text(size: 1.6em, weight: "bold", fill: sidkit-primary.darken(15%), ${typstString(figure.figure)})
    parbreak()
    strong(${typstString(figure.label)})
    parbreak()
    text(size: 0.9em, fill: luma(60), ${typstString(figure.source)})
  }),`,
    )
    .join(' ')})

${heading(release.actionsHeading)}
${release.actions.map((action) => `- ${typstText(action.text)} ${typstLink(action.url)}`).join('\n')}

${heading(release.contactHeading)}
${contact}
${release.about ? `\n${heading(release.about.heading)}\n${typstText(release.about.text)}\n` : ''}
${heading(release.notesHeading)}
#set text(size: 0.92em)
${release.notes.map((note) => `+ ${typstText(note.text)}${note.url ? ` ${typstLink(note.url)}` : ''}`).join('\n')}

#align(center, text(weight: "bold", ${typstString(release.ends)}))
`;
}
