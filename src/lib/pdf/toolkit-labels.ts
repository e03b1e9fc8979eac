/**
 * Every word printed around a toolkit's content in its PDF, from the UI dictionary of the
 * toolkit's language, so no PDF carries English labels in a French pack.
 */
import type { Translate } from '../../i18n/translate.ts';
import { CALLOUT_KINDS } from '../components/callout.ts';
import { ACTIVITY_PURPOSES } from '../content/toolkit-schema.ts';
import type { ComponentLabels } from '../typst/convert-context.ts';
import type { DocumentLabels } from '../typst/document.ts';

/** Labels for the HTML-to-Typst converter. */
export function componentLabels(t: Translate): ComponentLabels {
  return {
    time: t('toolkit.time'),
    minutes: t('toolkit.minutes'),
    purpose: t('toolkit.purpose'),
    purposes: Object.fromEntries(ACTIVITY_PURPOSES.map((purpose) => [purpose, t(`purpose.${purpose}`)])),
    materials: t('toolkit.materials'),
    discussion: t('toolkit.discussion'),
    vocabulary: t('toolkit.vocabulary'),
    helplines: t('help.title'),
    callouts: Object.fromEntries(
      CALLOUT_KINDS.map((kind) => [kind, t(`callout.${kind}`)]),
    ) as ComponentLabels['callouts'],
    worksheetFields: [t('toolkit.worksheetName'), t('toolkit.worksheetDate')],
  };
}

/** Labels for the document around the content: contents, footer, notes, helplines. */
export function documentLabels(t: Translate): DocumentLabels {
  return {
    contents: t('toolkit.contents'),
    pageOf: t('toolkit.pageOf'),
    notes: t('toolkit.notes'),
    helplines: t('help.title'),
  };
}
