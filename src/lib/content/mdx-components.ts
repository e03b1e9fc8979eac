/**
 * The components organisers may use in MDX, and the attributes each one takes. The
 * content check rejects anything else, so no element is ever dropped silently.
 */
import { ACTIVITY_PURPOSES } from './toolkit-schema.ts';

/** One attribute of a component: its kind of value and whether it must be given. */
export interface AttributeRule {
  type: 'text' | 'number' | 'enum';
  required?: boolean;
  values?: readonly string[];
}

/** The attributes a component takes. */
export type ComponentSpec = Readonly<Record<string, AttributeRule>>;

const CALLOUT_KINDS = ['tip', 'warning', 'note'] as const;

/** Components for every campaign page. */
export const PAGE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Cite: { source: { type: 'text', required: true }, para: { type: 'text', required: true }, footnote: { type: 'number' } },
  Fact: { id: { type: 'text', required: true } },
  Callout: { kind: { type: 'enum', values: CALLOUT_KINDS } },
  HelpBox: {},
};

/** Components for toolkits: the page components plus the parts of an education pack. */
export const TOOLKIT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  ...PAGE_COMPONENTS,
  Activity: {
    title: { type: 'text', required: true },
    minutes: { type: 'number', required: true },
    purpose: { type: 'enum', required: true, values: ACTIVITY_PURPOSES },
    materials: { type: 'text' },
  },
  Steps: {},
  Discussion: {},
  Worksheet: { title: { type: 'text', required: true }, lines: { type: 'number' } },
  Vocabulary: {},
};
