/**
 * Rendering the entry a campaign page shows: its MDX components read the page's render
 * context, so the context is recorded here, with the citations, before the page renders them.
 * Content-only MDX was rendered at content sync (src/site/campaign-mdx-loader.ts) and comes
 * as HTML runs and components; other MDX is a bundled module, rendered by Astro.
 */
import { render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { MarkdownHeading } from 'astro';
import type { PageRoute } from '../lib/routing/routes.ts';
import type { PageEntry, ToolkitEntry } from './data.ts';
import { entryCitations } from './entry-analysis.ts';
import { setRenderContext, type RenderContext } from './render-context.ts';
import { staticContentOf } from './static-content.ts';
import type { StaticChunk } from '../lib/content/static-mdx.ts';

/** What a page renders as its content (src/components/EntryContent.astro): a module's component, or static chunks. */
export type EntryBody = { Content: AstroComponentFactory } | { chunks: readonly StaticChunk[] };

/** The entry's content, headings and numbered citations, with the render context set for `route`. */
export async function renderEntry(
  locals: App.Locals,
  route: PageRoute,
  entry: PageEntry | ToolkitEntry,
  toolkit?: RenderContext['toolkit'],
): Promise<{ body: EntryBody; headings: MarkdownHeading[]; citations: ReturnType<typeof entryCitations> }> {
  const rendered = staticContentOf(entry);
  const { body, headings } = rendered
    ? { body: { chunks: rendered.chunks }, headings: rendered.headings }
    : await render(entry).then(({ Content, headings }) => ({ body: { Content }, headings }));
  const citations = entryCitations(entry, route.campaign);
  setRenderContext(locals, {
    campaign: route.campaign,
    locale: route.locale,
    contentLocale: route.contentLocale,
    citations,
    ...(toolkit && { toolkit }),
  });
  return { body, headings, citations };
}
