/**
 * Where an entry rendered at content sync keeps its content: `rendered.metadata`, which Astro's
 * data store saves between builds with the entry and its digest. The glob loader keeps an
 * unchanged file's entry as the last build stored it, so the entry also records which renderer
 * made it: when sidkit's code changes, its pages are rendered again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StaticMdx } from '../lib/content/static-mdx.ts';
import { filesUnder } from '../lib/out-dir.ts';

/** The metadata keys of the static content and of the renderer that made it. */
const CONTENT_KEY = 'sidkitStaticMdx';
const RENDERER_KEY = 'sidkitRenderer';

let renderer: string | undefined;

/** A digest of what static content depends on: sidkit's src/lib (the renderer, the registry, the anchors) and Sätteri's version. */
export function rendererDigest(): string {
  if (renderer) return renderer;
  const hash = createHash('sha256');
  for (const file of filesUnder(resolve('src/lib')).sort()) hash.update(`\0${file}\0`).update(readFileSync(file));
  hash.update(readFileSync(resolve('node_modules/satteri/package.json')));
  renderer = hash.digest('hex').slice(0, 16);
  return renderer;
}

/** The `rendered` field that stores `content` in an entry. */
export function renderedField(content: StaticMdx): { html: string; metadata: Record<string, unknown> } {
  return {
    html: '',
    metadata: { headings: content.headings, [CONTENT_KEY]: content.chunks, [RENDERER_KEY]: rendererDigest() },
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
  return staticContentOf(entry) !== undefined && entry.rendered?.metadata?.[RENDERER_KEY] !== rendererDigest();
}
