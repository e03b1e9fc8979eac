/**
 * The XML sitemap with hreflang alternates, so search engines find every translation of
 * a page. Fallback pages are left out: they repeat the default locale's text.
 */

/** One URL of the sitemap and the URLs of its translations. */
export interface SitemapEntry {
  loc: string;
  alternates: readonly { hreflang: string; href: string }[];
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders a sitemap document in the sitemaps.org format with xhtml:link alternates. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = entry.alternates.map(
      (alt) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`,
    );
    return `<url><loc>${escapeXml(entry.loc)}</loc>${links.join('')}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
