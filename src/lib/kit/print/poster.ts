/**
 * The campaign poster, A4 or A3, as Typst source: the day and the campaign on a panel of the
 * brand colour, the headline in type big enough to read from across a corridor, the key
 * visual, the call to action on the accent colour, and at the foot the number to call and
 * the campaign's address. One poster comes from the tagline; kit.yaml can add its own.
 * Everything sits inside a 12 mm margin (15 mm on A3), so no printer trims it.
 */
import type { KitPoster } from '../kit-schema.ts';
import { CAMPAIGN_POSTER, type PosterSize } from '../../routing/kit-files.ts';
import { formatEditionDate } from '../../typst/document.ts';
import { typstString } from '../../typst/escape.ts';
import { displayUrl, kitText, kitTranslate, posterHelpline, type KitPrintInput } from './kit-print-input.ts';
import { lineLead } from '../pictures/picture-brand.ts';
import { printFrame, unbrokenNumbers } from './print-frame.ts';

/** A poster's text: its id, the headline and an optional line under it. */
export interface PosterText {
  id: string;
  headline: string;
  body?: string;
}

/** The posters of a locale: the campaign's, from its tagline, then each kit poster written in that locale. */
export function posterTexts(input: KitPrintInput): PosterText[] {
  const { locale, campaign, kit } = input;
  const own = (kit?.posters ?? []).flatMap((poster: KitPoster): PosterText[] => {
    const headline = kitText(poster.headline, locale);
    const body = kitText(poster.body, locale);
    return headline ? [{ id: poster.id, headline, ...(body ? { body } : {}) }] : [];
  });
  return [{ id: CAMPAIGN_POSTER, headline: campaign.tagline[locale] ?? '' }, ...own];
}

/** Body text size per poster size: A3 is A4 scaled by √2, so the same design fills either. */
const TEXT_SIZE: Readonly<Record<PosterSize, string>> = { a4: '11pt', a3: '15.5pt' };
const MARGIN: Readonly<Record<PosterSize, string>> = { a4: '12mm', a3: '15mm' };

/** The Typst source of one poster. */
export function posterSource(input: KitPrintInput, poster: PosterText, size: PosterSize): string {
  const { locale, campaign, kit } = input;
  const t = kitTranslate(input);
  const title = campaign.title[locale] ?? '';
  const date = formatEditionDate(campaign.date, locale);
  const callToAction = kitText(kit?.callToAction, locale) ?? t('kitPrint.callToAction');
  const helpline = posterHelpline(input);
  const logo = campaign.logoPath
    ? `box(height: 3.4em, image(${typstString(campaign.logoPath)}, alt: ${typstString(title)}, height: 3.4em))`
    : 'none';
  const picture = campaign.coverPicturePath
    ? `block(width: 100%, height: 100%, radius: 1.2em, clip: true, fill: sidkit-tint, pdf.artifact(image(${typstString(campaign.coverPicturePath)}, width: 100%, height: 100%, fit: "cover")))`
    : `block(width: 100%, height: 100%, radius: 1.2em, fill: sidkit-tint, align(center + horizon, kit-star(8em)))`;
  // Each line is a block of its own: in one paragraph the number's left-to-right direction turned an
  // Arabic caption's word order around, and the lines' leading let the label touch the number.
  const line = (spacing: string, content: string) =>
    `block(spacing: ${spacing}, text(top-edge: "ascender", bottom-edge: "descender", ${content}))`;
  const help = helpline
    ? `${line('0em', `size: 1.35em, ${typstString(t('kitPrint.helpCall'))}`)}
      ${line('0.3em', `size: 4.4em, weight: "bold", fill: sidkit-primary, dir: ltr, box(${typstString(unbrokenNumbers(helpline.phone))})`)}
      ${line('0.3em', `size: 1em, ${typstString(unbrokenNumbers(helpline.name))}`)}`
    : `${line('0em', `size: 1.35em, ${typstString(t('kitPrint.helpPage'))}`)}
      ${line('0.4em', `size: 1.45em, weight: "bold", fill: sidkit-primary, dir: ltr, link(${typstString(input.links.help)}, ${typstString(displayUrl(input.links.help))})`)}`;
  const hashtag = kit?.hashtag
    ? `v(0.5em, weak: true)
      text(size: 1.9em, weight: "bold", fill: sidkit-primary, dir: ltr, ${typstString(kit.hashtag)})`
    : '';
  const body = poster.body
    ? `v(1.1em)
    text(size: 2.1em, ${typstString(poster.body)})`
    : '';
  return `${printFrame({ lang: locale, title: `${title}: ${poster.headline}`, brand: campaign.brand, paper: size, margin: MARGIN[size], textSize: TEXT_SIZE[size] })}

#grid(
  rows: (auto, 1fr, auto, auto),
  row-gutter: 1.1em,
  block(width: 100%, fill: sidkit-primary, radius: 1.2em, inset: (x: 2.2em, top: 2em, bottom: 2.6em), {
    set text(fill: sidkit-on-primary)
    grid(
      columns: (auto, 1fr, auto),
      column-gutter: 1em,
      align: horizon,
      ${logo},
      text(size: 1.5em, weight: "bold", ${typstString(title)}),
      box(fill: sidkit-accent, radius: 0.6em, inset: (x: 0.9em, y: 0.6em), text(size: 1.5em, weight: "bold", fill: sidkit-on-accent, ${typstString(date)})),
    )
    v(2.2em)
    set par(leading: ${lineLead(locale)}em)
    layout(area => {
      let headline(size) = text(size: size, weight: "bold", ${typstString(poster.headline)})
      let size = print-fit(area.width, ${poster.body ? '13em' : '17em'}, (7.2em, 6.4em, 5.6em, 5em, 4.4em, 3.8em, 3.2em), headline)
      headline(size)
    })
    ${body}
  }),
  ${picture},
  block(width: 100%, fill: sidkit-accent, radius: 1.2em, inset: (x: 2.2em, y: 1.4em), {
    set par(leading: 0.35em)
    text(size: 2.5em, weight: "bold", fill: sidkit-on-accent, ${typstString(callToAction)})
  }),
  grid(
    columns: (1fr, auto),
    column-gutter: 2em,
    align: (start + horizon, end + bottom),
    block(width: 100%, stroke: 0.25em + sidkit-primary, radius: 1.2em, inset: (x: 1.4em, y: 1em), {
      set par(leading: 0.4em)
      ${help}
    }),
    {
      set align(end)
      text(size: 1.35em, ${typstString(t('kitPrint.findOutMore'))})
      v(0.4em, weak: true)
      text(size: 1.9em, weight: "bold", fill: sidkit-primary, dir: ltr, link(${typstString(input.links.home)}, ${typstString(displayUrl(input.links.home))}))
      ${hashtag}
    },
  ),
)
`;
}
