/**
 * The links that open a toolkit's PDF at one activity or worksheet, in each paper size: shared by the
 * activity finder and the activity's own "Print this activity" links, so both point at the
 * same named destination.
 */
import { PAPER_SIZES, pdfDestinationHref, toolkitPdfPath, type PaperSize } from '../lib/routing/toolkit-files.ts';
import { siteHref } from './campaign-chrome.ts';

/** One paper size's PDF, opened at the activity. */
export interface ActivityPdf {
  paper: PaperSize;
  href: string;
}

/** The toolkit's PDFs in `pdfLocale`, one per paper size, each opened at the destination `id`. */
export function activityPdfs(campaign: string, pdfLocale: string, toolkit: string, id: string): ActivityPdf[] {
  return PAPER_SIZES.map((paper) => ({
    paper,
    href: pdfDestinationHref(siteHref(toolkitPdfPath(campaign, pdfLocale, toolkit, paper)), id),
  }));
}
