/** `<ReportOutline source>`: the table of contents of a registered source, on web pages. */
import { defineComponent } from './component.ts';

/** The report outline component; web pages only. */
export const reportOutline = defineComponent({
  name: 'ReportOutline',
  usedIn: ['page'],
  attributes: { source: { type: 'text', required: true } },
  html: 'Web only.',
  pdf: [],
  strings: ['reportOutline.originalTitles'],
});
