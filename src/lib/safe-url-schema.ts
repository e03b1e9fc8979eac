/**
 * The one schema of every address a YAML data file holds (campaign.yaml's organiser,
 * partners, licence and quick exit, help.yaml's entries, the source registry): a full
 * address, safe by `safeUrl`, of the schemes the field allows. An unsafe address is tagged
 * so that every file reports it as the same catalogued problem, `UnsafeLink`
 * (src/lib/yaml/schema-problems.ts).
 */
import { z } from 'astro/zod';
import { SAFE_SCHEMES, safeUrl } from './safe-url.ts';

/** The tag of an unsafe address's issue, in its `params.kind`. */
export const UNSAFE_LINK_ISSUE = 'unsafe-link';

/** A string field holding a full address of one of `schemes` (each one of SAFE_SCHEMES). */
export function safeUrlSchema(schemes: readonly string[] = SAFE_SCHEMES) {
  return z.string().superRefine((value, ctx) => {
    const verdict = safeUrl(value);
    if (!verdict.safe) {
      ctx.addIssue({ code: 'custom', message: verdict.message, params: { kind: UNSAFE_LINK_ISSUE } });
      return;
    }
    if (verdict.kind === 'relative' || verdict.kind === 'fragment') {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a full address` });
      return;
    }
    const scheme = new URL(value.trim()).protocol.slice(0, -1);
    if (!schemes.includes(scheme))
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is a ${scheme}: link, where ${schemes.map((s) => `${s}:`).join(' or ')} is expected`,
      });
  });
}
