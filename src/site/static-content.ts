/**
 * Where an entry rendered at content sync keeps its content: `rendered.metadata`, which Astro's
 * data store saves between builds with the entry and its digest. The glob loader keeps an
 * unchanged file's entry as the last build stored it, so the entry also records which renderer
 * made it: when sidkit's code changes, its pages are rendered again.
 */
import { contentCodeDigest } from '../lib/build/code-digest.ts';
import type { StaticMdx } from '../lib/content/static-mdx.ts';

/** The metadata keys of the static content and of the renderer that made it. */
const CONTENT_KEY = 'sidkitStaticMdx';
const RENDERER_KEY = 'sidkitRenderer';

/** The `rendered` field that stores `content` in an entry. */
export function renderedField(content: StaticMdx): { html: string; metadata: Record<string, unknown> } {
  return {
    html: '',
    metadata: { headings: content.headings, [CONTENT_KEY]: content.chunks, [RENDERER_KEY]: contentCodeDigest() },
  };
}

/** The content an entry was rendered to at content sync; undefined for an entry on the module path. */
export function staticContentOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): StaticMdx | undefined {
  const metadata = entry.rendered?.metadata;
  const chunks = metadata?.[CONTENT_KEY];
  if (!metadata || !Array.isArray(chunks)) return undefined;
  return { chunks, headings: (metadata.headings ?? []) as StaticMdx['headings'] };
}

/** Whether an entry's static content was made by another renderer than this build's. */
export function isStaleStaticContent(entry: { rendered?: { metadata?: Record<string, unknown> } }): boolean {
  return staticContentOf(entry) !== undefined && entry.rendered?.metadata?.[RENDERER_KEY] !== contentCodeDigest();
}
