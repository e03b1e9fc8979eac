import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-campaigns.ts';
import { withMdx } from '../../../src/lib/model/project.ts';
import { readTestProject } from '../../helpers/project.ts';
import { recordedSourceHash, withSourceHash } from '../../../src/lib/translation/frontmatter-hash.ts';
import { SOURCE_HASH_PATTERN, sourceHash } from '../../../src/lib/translation/source-hash.ts';
import { campaignTranslationStatus, needsTranslationWork } from '../../../src/lib/translation/status.ts';
import { formatTranslationStatus } from '../../../src/lib/translation/status-report.ts';
import { translationState } from '../../../src/lib/translation/translation-state.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/translations/campaigns');

describe('source hash', () => {
  test('is short, prefixed and blind to line endings', () => {
    expect(sourceHash('a\nb\n')).toMatch(SOURCE_HASH_PATTERN);
    expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb')).not.toBe(sourceHash('a\nb\n'));
  });
});

describe('sourceHash in frontmatter', () => {
  const page = '---\ntitle: Hello # greeting\ndescription: "Quoted: yes"\n---\n\nBody\n---\nmore\n';

  test('is added as the last frontmatter line, every other byte kept', () => {
    const marked = withSourceHash(page, 'sha256:0123456789abcdef');
    expect(marked).toBe(
      '---\ntitle: Hello # greeting\ndescription: "Quoted: yes"\nsourceHash: sha256:0123456789abcdef\n---\n\nBody\n---\nmore\n',
    );
    expect(recordedSourceHash(marked!)).toBe('sha256:0123456789abcdef');
  });

  test('is replaced in place, and CRLF files keep CRLF', () => {
    const crlf = '---\r\ntitle: A\r\nsourceHash: sha256:aaaaaaaaaaaaaaaa\r\norder: 2\r\n---\r\nBody\r\n';
    expect(withSourceHash(crlf, 'sha256:bbbbbbbbbbbbbbbb')).toBe(crlf.replace('aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'));
    expect(withSourceHash('---\r\ntitle: A\r\n---\r\n', 'sha256:bbbbbbbbbbbbbbbb')).toBe(
      '---\r\ntitle: A\r\nsourceHash: sha256:bbbbbbbbbbbbbbbb\r\n---\r\n',
    );
  });

  test('needs a frontmatter block', () => {
    expect(withSourceHash('# No frontmatter\n', 'sha256:0123456789abcdef')).toBeUndefined();
    expect(recordedSourceHash('# No frontmatter\n')).toBeUndefined();
  });
});

describe('translation state', () => {
  const original = 'original text\n';
  test('compares the recorded hash with the original as it is now', () => {
    expect(translationState(original, undefined)).toBe('missing');
    expect(translationState(original, {})).toBe('untracked');
    expect(translationState(original, { sourceHash: sourceHash(original) })).toBe('translated');
    expect(translationState(`${original}changed\n`, { sourceHash: sourceHash(original) })).toBe('outdated');
  });
});

describe('translation status of a campaign', () => {
  const project = readTestProject(fixture);
  const [folder] = project.folders.map(withMdx);
  const status = campaignTranslationStatus(folder!, { defaultLocale: 'en', locales: ['en', 'fr', 'es'] });

  test('the fixture is valid content', () => {
    expect(checkProject(project)).toEqual([]);
  });

  test('counts translated, outdated, untracked and missing pages and toolkits per locale', () => {
    expect(status.sources).toBe(3);
    expect(status.locales.map((locale) => [locale.locale, locale.counts])).toEqual([
      ['fr', { translated: 1, outdated: 1, untracked: 0, missing: 1 }],
      ['es', { translated: 0, outdated: 0, untracked: 1, missing: 2 }],
    ]);
    expect(status.locales[0]?.items.find((item) => item.state === 'missing')).toMatchObject({
      kind: 'toolkit',
      slug: 'toolkits/pack',
      file: expect.stringMatching(/tr\/fr\/toolkits\/pack\.mdx$/),
    });
    expect(needsTranslationWork([status])).toBe(true);
  });

  test('the report is a table per campaign, then each file that needs work', () => {
    const report = formatTranslationStatus([status]);
    expect(report).toContain('tr: 3 page(s) and toolkit(s) written in en');
    expect(report).toContain(
      [
        '  locale  translated  outdated  untracked  missing',
        '  fr               1         1          0        1',
        '  es               0         0          1        2',
      ].join('\n'),
    );
    expect(report).toMatch(/ {2}fr {2}outdated {3}\S*tr\/fr\/about\.mdx/);
    expect(report).toContain('npm run i18n:status -- --mark <file>');
  });
});
