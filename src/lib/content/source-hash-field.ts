/**
 * The optional `sourceHash` frontmatter field of a translated page or toolkit, shared by
 * both schemas: the hash of the original it was translated from (src/lib/translation/).
 */
import { z } from 'astro/zod';
import { SOURCE_HASH_PATTERN } from '../translation/source-hash.ts';

/** The field's schema: absent, or a hash in the form `npm run i18n:status -- --mark` writes. */
export const sourceHashSchema = z.string().regex(SOURCE_HASH_PATTERN).optional();

/** What the field expects, for error reports. */
export const SOURCE_HASH_GUIDE =
  'the hash of the default-language file this translation was made from, written by `npm run i18n:status -- --mark <file>`, e.g. sha256:3f2a9c0d1e2b4a5f';
