/**
 * The components available in every MDX page without an import, so organisers write
 * `<Cite …/>` and nothing else.
 */
import Cite from './Cite.astro';

/** Components passed to `<Content components>` for campaign pages. */
export const mdxComponents = { Cite };
