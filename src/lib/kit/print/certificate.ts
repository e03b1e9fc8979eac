/**
 * The participation certificate, landscape A4 or US Letter, for one children's audience: a
 * warm title for the age ("Internet Safety Star" for the youngest, "Certificate of
 * Participation" for teenagers), a long line to write the child's name on by hand, the day,
 * what they learned in words fit for their age, a line for the school or group and one to
 * sign. Printed on white inside a frame of the brand colours, so a school printer handles it.
 */
import type { Audience } from '../../content/toolkit-schema.ts';
import type { PaperSize } from '../../routing/toolkit-files.ts';
import { formatEditionDate } from '../../typst/document.ts';
import { typstString } from '../../typst/escape.ts';
import { kitTranslate, type KitPrintInput } from './kit-print-input.ts';
import { printFrame } from './print-frame.ts';

/** The audiences certificates are printed for: children, not the adults who teach them. */
export const CERTIFICATE_AUDIENCES = [
  'ages-3-7',
  'ages-7-11',
  'ages-11-14',
  'ages-14-18',
] as const satisfies readonly Audience[];
/** An audience a certificate is printed for. */
export type CertificateAudience = (typeof CERTIFICATE_AUDIENCES)[number];

/** The youngest children get stars around their title, teenagers a plainer certificate. */
const YOUNG: readonly CertificateAudience[] = ['ages-3-7', 'ages-7-11'];

/** The Typst source of one certificate. */
export function certificateSource(input: KitPrintInput, audience: CertificateAudience, paper: PaperSize): string {
  const { locale, campaign } = input;
  const t = kitTranslate(input);
  const title = campaign.title[locale] ?? '';
  const date = formatEditionDate(campaign.date, locale);
  const heading = t(`kitPrint.certificate.title.${audience}`);
  const young = YOUNG.includes(audience);
  const logo = campaign.logoPath
    ? `image(${typstString(campaign.logoPath)}, alt: ${typstString(title)}, height: 2.6em), `
    : '';
  const writeOn = (width: string, label: string, filled = '') =>
    `block(width: ${width}, {
      block(height: 2.2em, width: 100%, align(center + bottom, text(size: 1.25em, ${typstString(filled)})))
      v(0.3em, weak: true)
      line(length: 100%, stroke: 1pt + luma(60))
      v(0.4em, weak: true)
      align(center, text(size: 0.95em, fill: luma(70), ${typstString(label)}))
    })`;
  const stars = young
    ? '[#kit-star(3em)#h(0.9em)#kit-star(4.4em, stroke: 1.5pt + sidkit-primary)#h(0.9em)#kit-star(3em)]'
    : '[#kit-star(3.4em, stroke: 1.5pt + sidkit-primary)]';
  return `${printFrame({ lang: locale, title: `${title}: ${heading}`, brand: campaign.brand, paper, landscape: true, margin: '12mm', textSize: '12pt' })}

#block(width: 100%, height: 100%, stroke: 4pt + sidkit-primary, radius: 4mm, inset: 3mm,
  block(width: 100%, height: 100%, stroke: 1.5pt + sidkit-accent, radius: 2.5mm, inset: (x: 16mm, y: 9mm), {
    set align(center)
    // A small star in each corner, in the accent colour.
    for corner in (top + left, top + right, bottom + left, bottom + right) {
      place(corner, dx: if corner.x == left { -10mm } else { 10mm }, dy: if corner.y == top { -4mm } else { 4mm }, pdf.artifact(kit-star(1.6em)))
    }
    grid(columns: (auto, auto), column-gutter: 0.8em, align: horizon, ${logo}text(size: 1.35em, weight: "bold", fill: sidkit-primary, ${typstString(title)}))
    v(1fr)
    pdf.artifact(box(${stars}))
    v(0.6em)
    text(size: ${young ? '3.2em' : '2.9em'}, weight: "bold", fill: sidkit-primary.darken(10%), ${typstString(heading)})
    v(1fr)
    text(size: 1.45em, ${typstString(t('kitPrint.certificate.awardedTo'))})
    v(1.4em)
    block(width: 78%, {
      v(1.6em)
      line(length: 100%, stroke: 1.2pt + luma(40))
    })
    v(1.2em)
    text(size: 1.3em, ${typstString(t('kitPrint.certificate.tookPart', { campaign: title, date }))})
    v(0.8em)
    block(width: 80%, text(size: 1.15em, fill: sidkit-primary.darken(25%), ${typstString(t(`kitPrint.certificate.learned.${audience}`))}))
    v(1fr)
    grid(
      columns: (1fr, 1fr, 1fr),
      column-gutter: 2.5em,
      align: bottom,
      ${writeOn('100%', t('kitPrint.certificate.group'))},
      ${writeOn('100%', t('kitPrint.certificate.date'), date)},
      ${writeOn('100%', t('kitPrint.certificate.signature'))},
    )
  }),
)
`;
}
