/**
 * The build step that gives every page its Content-Security-Policy, the last of the finishing
 * steps, so that it reads each page as it is published: after compressHTML, the download sizes
 * and the search index. Each page gets a `<meta http-equiv>` with the hashes of its own inline
 * code; `_headers` gets the site-wide policy, which allows what any page's meta allows plus
 * what only a header can say (`frame-ancestors`), since a browser enforces both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../lib/out-dir.ts';
import { HEADER_ONLY, pagePolicy, unionPolicy, withPolicyMeta, type Policy } from '../lib/security/csp.ts';
import { headersFile, securityHeaders } from '../lib/security/headers.ts';
import { inlineCodeOf } from '../lib/security/inline-code.ts';
import type { BuildLogger } from './build-logger.ts';

/** The name Netlify and Cloudflare Pages read headers from, at the top of the published folder. */
export const HEADERS_FILE = '_headers';

/** Writes the policy meta into every page below `root`, and the `_headers` file next to them. */
export function writeSecurityPolicy(root: string, logger: BuildLogger): void {
  const started = performance.now();
  const policies: Policy[] = [];
  for (const file of filesUnder(root, '.html')) {
    const html = readFileSync(file, 'utf8');
    const code = inlineCodeOf(html);
    if (code.policyMetas > 0)
      throw new Error(`${relative(root, file)} already has a Content-Security-Policy meta; sidkit writes the only one`);
    if (code.eventHandlers.length > 0)
      logger.warn(
        `${relative(root, file)} has inline event handlers, which its Content-Security-Policy blocks: ${code.eventHandlers.join(', ')}. Attach them from a <script> instead.`,
      );
    const policy = pagePolicy(code);
    writeFileSync(file, withPolicyMeta(html, code.metaOffset, policy));
    policies.push(policy);
  }
  const site = unionPolicy(policies, HEADER_ONLY);
  writeFileSync(join(root, HEADERS_FILE), headersFile(securityHeaders(site)));
  const hashes = [...site.values()].flat().filter((source) => source.startsWith("'sha")).length;
  logger.info(
    `Wrote the Content-Security-Policy into ${policies.length} page(s) and ${HEADERS_FILE}, allowing ${hashes} inline hash(es), in ${Math.round(performance.now() - started)} ms.`,
  );
}
