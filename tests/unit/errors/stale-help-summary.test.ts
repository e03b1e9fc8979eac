import { expect, test } from 'vitest';
import { staleHelpSummary } from '../../../src/lib/errors/stale-help-summary.ts';
import type { HelpEntry } from '../../../src/lib/sources/help-schema.ts';

const entry = (id: string, country: string, lastVerified: string): HelpEntry => ({
  id,
  country,
  kind: 'helpline',
  name: id,
  source: 'test',
  lastVerified,
});

test('lists the entries due for re-checking per campaign and country, worldwide first', () => {
  const help = [
    entry('fr-old', 'FR', '2025-01-02'),
    entry('fr-new', 'FR', '2026-06-01'),
    entry('eg-old', 'EG', '2025-11-30'),
    entry('fr-older', 'FR', '2024-05-05'),
    entry('int-old', 'INT', '2025-03-03'),
  ];
  expect(staleHelpSummary([{ id: 'sid-2027', help }], '2026-12-04')).toBe(
    [
      'Help entries to re-check, by country (last verified over 12 months before 2026-12-04):',
      '  sid-2027, worldwide (INT): 1 — int-old (2025-03-03)',
      '  sid-2027, Egypt (EG): 1 — eg-old (2025-11-30)',
      '  sid-2027, France (FR): 2 — fr-old (2025-01-02), fr-older (2024-05-05)',
    ].join('\n'),
  );
});

test('says nothing when every entry is recent', () => {
  expect(staleHelpSummary([{ id: 'a', help: [entry('x', 'FR', '2026-06-01')] }], '2026-12-04')).toBeUndefined();
});
