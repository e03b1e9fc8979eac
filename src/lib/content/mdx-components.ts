/**
 * The components organisers may use in MDX, and the attributes each one takes. The
 * content check rejects anything else, so no element is ever dropped silently.
 */
import { HELP_KINDS } from '../sources/help-schema.ts';
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
/** What `<Quote>` keeps as written: a quotation (shown in quotation marks) or the title of an instrument or document. */
const QUOTE_KINDS = ['quotation', 'title'] as const;

/**
 * Components whose content keeps a source's own words: quotations and the names of legal
 * instruments. Wording checks, such as the terminology check, skip their content.
 */
export const VERBATIM_COMPONENTS: ReadonlySet<string> = new Set(['Quote']);

/** Components for pages and toolkits alike. */
const CONTENT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Cite: {
    source: { type: 'text', required: true },
    para: { type: 'text', required: true },
    footnote: { type: 'number' },
  },
  Fact: { id: { type: 'text', required: true } },
  Callout: { kind: { type: 'enum', values: CALLOUT_KINDS } },
  HelpBox: {},
  Quote: { kind: { type: 'enum', values: QUOTE_KINDS } },
};

/** Components for every campaign page: the shared ones, plus web-only ones no toolkit PDF prints. */
export const PAGE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  ...CONTENT_COMPONENTS,
  HelpDirectory: { kind: { type: 'enum', values: HELP_KINDS.filter((kind) => kind !== 'directory') } },
  ReportOutline: { source: { type: 'text', required: true } },
};

/** Components for toolkits: the shared components plus the parts of an education pack. */
export const TOOLKIT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  ...CONTENT_COMPONENTS,
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
