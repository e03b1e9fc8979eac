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

/** Components passed to `<Content components>` for campaign pages. */
export const mdxComponents = { Callout, Cite, Fact, HelpBox };

/** Components for toolkits: the page components plus the parts of an education pack. */
export const toolkitComponents = { ...mdxComponents, Activity, Discussion, Steps, Vocabulary, Worksheet };
