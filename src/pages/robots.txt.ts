/** robots.txt pointing crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../site/campaign-chrome.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('/sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
