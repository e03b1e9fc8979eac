/** `<HelpDirectory kind>`: the campaign's helplines, hotlines and other services from help.yaml, on web pages. */
import { HELP_KINDS } from '../sources/help-schema.ts';
import { defineComponent } from './component.ts';

/** The help directory component; web pages only. */
export const helpDirectory = defineComponent({
  name: 'HelpDirectory',
  usedIn: ['page'],
  attributes: { kind: { type: 'enum', values: HELP_KINDS.filter((kind) => kind !== 'directory') } },
  html: 'Web only.',
  pdf: [],
  strings: ['help.international', ...HELP_KINDS.map((kind) => `help.${kind}`)],
});
