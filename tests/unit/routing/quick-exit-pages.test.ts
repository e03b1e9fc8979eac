import { describe, expect, test } from 'vitest';
import { showsQuickExit } from '../../../src/lib/routing/quick-exit-pages.ts';

describe('which pages show "Leave this site quickly"', () => {
  test.each(['get-help', 'young-people', 'parents-carers'])('%s shows it without being asked', (slug) => {
    expect(showsQuickExit(slug, undefined)).toBe(true);
  });

  test.each(['', 'schools', 'about-the-report', 'guides/get-help', 'get-help-now'])(
    '"%s" does not, unless asked: only the exact slugs are on by default',
    (slug) => {
      expect(showsQuickExit(slug, undefined)).toBe(false);
      expect(showsQuickExit(slug, true)).toBe(true);
    },
  );

  test('a page that says quickExit: false turns it off, even on the help page', () => {
    expect(showsQuickExit('get-help', false)).toBe(false);
    expect(showsQuickExit('parents-carers', false)).toBe(false);
  });
});
