import { describe, expect, it } from 'vitest';
import { parseHelp } from '../../../src/lib/sources/help.ts';
import { primaryHelpline } from '../../../src/lib/sources/help-primary.ts';
import type { HelpEntry } from '../../../src/lib/sources/help-schema.ts';

const entry = (id: string, overrides: Partial<HelpEntry> = {}): HelpEntry => ({
  id,
  country: 'EU',
  name: id,
  kind: 'helpline',
  phone: '116 111',
  source: 'A/HRC/28/56, para. 48',
  lastVerified: '2026-11-27',
  ...overrides,
});

describe('primaryHelpline', () => {
  const emergency = entry('emergency', { kind: 'emergency', phone: '112' });
  const web = entry('web-only', { phone: undefined, url: 'https://example.org/' });
  const india = entry('india', { country: 'IN', phone: '1098', primary: ['ar'] });
  const europe = entry('europe', { primary: ['en', 'fr'] });

  it('is the helpline marked primary in the locale', () => {
    const entries = [emergency, web, india, europe];
    expect(primaryHelpline(entries, 'en')?.id).toBe('europe');
    expect(primaryHelpline(entries, 'fr')?.id).toBe('europe');
    expect(primaryHelpline(entries, 'ar')?.id).toBe('india');
  });

  it('is otherwise the first helpline with a phone number, never an emergency number or a web-only service', () => {
    expect(primaryHelpline([emergency, web, india, europe], 'zh')?.id).toBe('india');
    expect(primaryHelpline([emergency, web], 'zh')).toBeUndefined();
  });

  it('with primary: true, is that entry in every locale', () => {
    expect(primaryHelpline([india, entry('all', { primary: true })], 'ru')?.id).toBe('all');
  });
});

describe('primary in help.yaml', () => {
  const file = (entries: string) => `- id: eu-112
  country: EU
  name: "112"
  kind: emergency
  phone: "112"
  source: Council Decision 91/396/EEC
  lastVerified: "2026-11-27"
- id: eu-116-111
  country: EU
  name: "116 111"
  kind: helpline
  phone: "116 111"
  source: Commission Decision 2007/116/EC
  lastVerified: "2026-11-27"
${entries}`;
  const options = { locales: ['en', 'fr', 'ar'] };

  it('accepts true or a list of the campaign’s locales on one helpline per locale', () => {
    expect(
      parseHelp('help.yaml', file('').replace('  phone: "116 111"', '  phone: "116 111"\n  primary: true'), options)
        .problems,
    ).toEqual([]);
    expect(
      parseHelp('help.yaml', file('').replace('  phone: "116 111"', '  phone: "116 111"\n  primary: [en, ar]'), options)
        .problems,
    ).toEqual([]);
  });

  it('reports, at the line of primary, an emergency number, a helpline without a phone, an unknown locale and a locale claimed twice', () => {
    const text = file(`  primary: [en, fr]
- id: web-helpline
  country: EU
  name: Web
  kind: helpline
  url: https://example.org/
  primary: [ar]
  source: A/HRC/28/56, para. 48
  lastVerified: "2026-11-27"
- id: india
  country: IN
  name: Childline India
  kind: helpline
  phone: "1098"
  primary: [fr, es]
  source: A/HRC/28/56, footnote 42
  lastVerified: "2026-11-27"
`).replace('  phone: "112"', '  phone: "112"\n  primary: true');
    const { problems } = parseHelp('campaigns/x/help.yaml', text, options);
    const invalid = { name: 'HelpPrimaryInvalid', file: 'campaigns/x/help.yaml', severity: 'error' };
    expect(problems).toEqual([
      expect.objectContaining({
        ...invalid,
        line: 6,
        field: 'eu-112.primary',
        message: '"eu-112" is marked primary but is a emergency',
      }),
      expect.objectContaining({
        ...invalid,
        line: 22,
        field: 'web-helpline.primary',
        message: '"web-helpline" is marked primary but is a helpline without a phone number',
      }),
      expect.objectContaining({
        ...invalid,
        line: 30,
        field: 'india.primary',
        message: '"india" is primary in "es", which the campaign is not published in',
        expected: "locale codes from the campaign's locales: en, fr, ar",
      }),
      expect.objectContaining({
        ...invalid,
        line: 30,
        field: 'india.primary',
        message: '"india" is primary in "fr", but "eu-116-111" already is',
      }),
    ]);
  });

  it('rejects false and a single locale code, saying what to write', () => {
    const text = file('').replace('  phone: "116 111"', '  phone: "116 111"\n  primary: en');
    expect(parseHelp('help.yaml', text, options).problems).toEqual([
      expect.objectContaining({
        name: 'HelpEntryInvalid',
        line: 13,
        field: 'eu-116-111.primary',
        message: expect.stringContaining('Use true (first in every language) or a list of locale codes'),
      }),
    ]);
  });
});
