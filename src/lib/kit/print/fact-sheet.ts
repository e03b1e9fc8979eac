/**
 * The one-page fact sheet: every figure of facts.yaml in the brand's design, each with its
 * label, its year and the paragraph (or footnote) of the document that states it, under a
 * band with the campaign's title. The cards' type shrinks until they all fit on the page, so
 * the sheet stays one page however many facts the file holds (down to a legible minimum).
 */
import { formatNumber } from '../../../i18n/format.ts';
import { citationText } from '../../sources/citation-text.ts';
import { factFigure } from '../../sources/fact-figure.ts';
import { factLabel } from '../../sources/facts.ts';
import type { PaperSize } from '../../routing/toolkit-files.ts';
import { formatEditionDate } from '../../typst/document.ts';
import { typstString } from '../../typst/escape.ts';
import { displayUrl, kitTranslate, type KitPrintInput } from './kit-print-input.ts';
import { printFrame } from './print-frame.ts';

/** The Typst source of the fact sheet in one paper size. */
export function factSheetSource(input: KitPrintInput, paper: PaperSize): string {
  const { locale, campaign } = input;
  const t = kitTranslate(input);
  const title = campaign.title[locale] ?? '';
  const heading = t('kitPrint.factSheet.title');
  const symbols = [...new Set(input.facts.map((fact) => fact.source))];
  const sourceNotes = symbols.map((symbol) => {
    const source = input.sources.get(symbol);
    return source
      ? `text(${typstString(t('kitPrint.factSheet.source', { document: source.title, symbol }))}) + " " + text(dir: ltr, link(${typstString(source.url)}, ${typstString(displayUrl(source.url))}))`
      : typstString(symbol);
  });
  const cards = input.facts.map((fact) => {
    const label = factLabel(fact, locale);
    return `card(${typstString(factFigure(fact, locale, t, true))}, ${typstString(label.ok ? label.value : fact.id)}, ${typstString(formatNumber(fact.year, locale, { useGrouping: false }))}, ${typstString(citationText(fact, locale))})`;
  });
  const logo = campaign.logoPath
    ? `image(${typstString(campaign.logoPath)}, alt: ${typstString(title)}, height: 1.5cm), `
    : '';
  return `${printFrame({ lang: locale, title: `${title}: ${heading}`, brand: campaign.brand, paper, margin: '12mm', textSize: '10pt' })}

#grid(rows: (auto, auto, 1fr), row-gutter: 4mm,
block(width: 100%, fill: sidkit-primary, radius: 3mm, inset: (x: 7mm, y: 5mm), grid(
  columns: ${campaign.logoPath ? '(auto, 1fr, auto)' : '(1fr, auto)'},
  column-gutter: 1em,
  align: horizon,
  ${logo}{
    set text(fill: sidkit-on-primary)
    text(size: 1.1em, weight: "bold", ${typstString(title)})
    parbreak()
    text(size: 2.4em, weight: "bold", ${typstString(heading)})
  },
  box(fill: sidkit-accent, radius: 1.5mm, inset: (x: 3mm, y: 2mm), text(fill: sidkit-on-accent, weight: "bold", ${typstString(formatEditionDate(campaign.date, locale))})),
)),
text(size: 0.9em, ${sourceNotes.join(' + linebreak() + ')}),
layout(area => {
  let cards(size) = {
    let card(figure, label, year, citation) = block(width: 100%, breakable: false, inset: (x: 0.8em, y: 0.6em), fill: sidkit-tint, radius: 1.5mm, stroke: if text.dir == rtl { (right: 2.5pt + sidkit-primary) } else { (left: 2.5pt + sidkit-primary) }, {
      set par(leading: 0.4em, spacing: 0.45em)
      text(size: 1.55em, weight: "bold", fill: sidkit-primary.darken(15%), figure)
      parbreak()
      label
      parbreak()
      text(size: 0.82em, fill: luma(60), year + " · " + box(citation))
    })
    set text(size: size)
    grid(columns: (1fr, 1fr, 1fr), gutter: 0.55em, ${cards.join(', ')})
  }
  let size = print-fit(area.width, area.height, (11pt, 10.5pt, 10pt, 9.5pt, 9pt, 8.5pt, 8pt, 7.5pt, 7pt), cards)
  cards(size)
}))
`;
}
