/**
 * Rendering the entry a campaign page shows: its MDX components read the page's render
 * context, so the context is recorded here, with the citations, before the page renders them.
 */
import { render } from 'astro:content';
import type { PageRoute } from '../lib/routing/routes.ts';
import type { PageEntry, ToolkitEntry } from './data.ts';
import { entryCitations } from './entry-analysis.ts';
import { setRenderContext, type RenderContext } from './render-context.ts';

/** The entry's content component, headings and numbered citations, with the render context set for `route`. */
export async function renderEntry(
  locals: App.Locals,
  route: PageRoute,
  entry: PageEntry | ToolkitEntry,
  toolkit?: RenderContext['toolkit'],
) {
  const { Content, headings } = await render(entry);
  const citations = entryCitations(entry, route.campaign);
  setRenderContext(locals, {
    campaign: route.campaign,
    locale: route.locale,
    contentLocale: route.contentLocale,
    citations,
    ...(toolkit && { toolkit }),
  });
  return { Content, headings, citations };
}
