/**
 * Where a toolkit's downloads live and what they are called: PDFs per paper size and a
 * ZIP of all of a locale's PDFs. File names carry campaign, toolkit and language, so a
 * teacher's downloads folder stays readable.
 */

/** Paper sizes every toolkit is printed in. */
export const PAPER_SIZES = ['a4', 'us-letter'] as const;
/** A paper size. */
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Site path of a toolkit PDF, e.g. `/fr/sid-2027/toolkits/sid-2027-ages-7-11-fr-a4.pdf`. */
export function toolkitPdfPath(campaign: string, locale: string, toolkit: string, paper: PaperSize): string {
  return `/${locale}/${campaign}/toolkits/${campaign}-${toolkit}-${locale}-${paper}.pdf`;
}

/**
 * A PDF's href opened at one of its named destinations (an activity's or worksheet's id,
 * which labels its title in the PDF), e.g. `/en/…-a4.pdf#nameddest=activity-2`: PDF viewers
 * (pdf.js, Chromium's, Acrobat) open the pack at that activity rather than at its cover.
 */
export function pdfDestinationHref(pdfHref: string, destination: string): string {
  return `${pdfHref}#nameddest=${encodeURIComponent(destination)}`;
}

/** Site path of the ZIP holding every toolkit PDF (both paper sizes, and any assembly slides and notes) of a campaign in one locale. */
export function toolkitZipPath(campaign: string, locale: string): string {
  return `/${locale}/${campaign}/toolkits/${campaign}-toolkits-${locale}.zip`;
}

/** Site path of a toolkit's assembly slides, 16:9 for projecting, e.g. `/fr/sid-2027/toolkits/sid-2027-ages-7-11-fr-slides.pdf`. */
export function toolkitSlidesPath(campaign: string, locale: string, toolkit: string): string {
  return `/${locale}/${campaign}/toolkits/${campaign}-${toolkit}-${locale}-slides.pdf`;
}

/** Site path of a toolkit's assembly speaker notes in one paper size, e.g. `…-ages-7-11-fr-speaker-notes-a4.pdf`. */
export function toolkitSpeakerNotesPath(campaign: string, locale: string, toolkit: string, paper: PaperSize): string {
  return `/${locale}/${campaign}/toolkits/${campaign}-${toolkit}-${locale}-speaker-notes-${paper}.pdf`;
}
