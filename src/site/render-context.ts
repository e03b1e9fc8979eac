/**
 * What MDX components need to know about the page they are rendered in (campaign, the
 * language of the content), passed through `Astro.locals` because MDX only gives them
 * the attributes an organiser wrote.
 */

import type { NumberedCitation } from '../lib/content/citations.ts';
import type { ToolkitFrontmatter } from '../lib/content/toolkit-schema.ts';

/** The page a content component is rendered in. */
export interface RenderContext {
  campaign: string;
  /** The locale of the URL and page chrome. */
  locale: string;
  /** The locale the content is written in: differs from `locale` on a fallback page. */
  contentLocale: string;
  /** The page's citations, numbered in reading order, so each `<Cite>` knows its note. */
  citations: readonly NumberedCitation[];
  /** Set on toolkit pages: the toolkit's frontmatter, for `<Vocabulary>`, and its slug, for `<Activity>`'s PDF links. */
  toolkit?: { data: ToolkitFrontmatter; slug: string };
}

/** Records the render context before a page renders its content. */
export function setRenderContext(locals: App.Locals, context: RenderContext): void {
  locals.sidkit = context;
}

/** The render context of the current page; content components are only used inside pages that set it. */
export function renderContext(locals: App.Locals): RenderContext {
  if (!locals.sidkit) throw new Error('sidkit content components must be rendered inside a campaign page');
  return locals.sidkit;
}
