/**
 * The components available in MDX without an import, so organisers write `<Cite …/>` and
 * nothing else. Their attributes are checked in src/lib/content/mdx-components.ts.
 */
import Activity from '../toolkit/Activity.astro';
import Discussion from '../toolkit/Discussion.astro';
import Steps from '../toolkit/Steps.astro';
import Vocabulary from '../toolkit/Vocabulary.astro';
import Worksheet from '../toolkit/Worksheet.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import HelpBox from './HelpBox.astro';
import HelpDirectory from './HelpDirectory.astro';
import Quote from './Quote.astro';
import ReportOutline from './ReportOutline.astro';

/** Components for pages and toolkits alike. */
const contentComponents = { Callout, Cite, Fact, HelpBox, Quote };

/** Components passed to `<Content components>` for campaign pages: the shared ones plus web-only ones. */
export const mdxComponents = { ...contentComponents, HelpDirectory, ReportOutline };

/** Components for toolkits: the shared components plus the parts of an education pack. */
export const toolkitComponents = { ...contentComponents, Activity, Discussion, Steps, Vocabulary, Worksheet };
