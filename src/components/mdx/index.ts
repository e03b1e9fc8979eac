/**
 * The components available in every MDX page without an import, so organisers write
 * `<Cite …/>` and nothing else. Their attributes are checked in src/lib/content/mdx-components.ts.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import HelpBox from './HelpBox.astro';

/** Components passed to `<Content components>` for campaign pages. */
export const mdxComponents = { Callout, Cite, Fact, HelpBox };
