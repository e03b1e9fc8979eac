/**
 * The primary helpline: the one number a child sees first on the "Get help" page and in
 * `<HelpBox>`, as a big link to call. A campaign names it per locale with `primary` on a
 * help entry; without one, the first helpline with a phone number in help.yaml is used, so
 * a help page always opens with a number to call when the file has one.
 */
import { HelpPrimaryInvalid } from '../errors/catalogue.ts';
import type { PathProblem } from '../errors/problem.ts';
import type { HelpEntry } from './help-schema.ts';

/** Whether `entry` is marked primary in `locale`. */
function isPrimaryIn(entry: HelpEntry, locale: string): boolean {
  return entry.primary === true || (Array.isArray(entry.primary) && entry.primary.includes(locale));
}

/** The helpline to show first in `locale`: the one marked primary there, else the first helpline with a phone number. */
export function primaryHelpline(entries: readonly HelpEntry[], locale: string): HelpEntry | undefined {
  const callable = entries.filter((entry) => entry.kind === 'helpline' && entry.phone !== undefined);
  return callable.find((entry) => isPrimaryIn(entry, locale)) ?? callable[0];
}

/**
 * Problems with `primary` in a help file, at `[index, 'primary']`: set on an entry that is
 * not a helpline with a phone number, naming a locale the campaign does not publish in
 * (`locales`; not checked when unknown), or naming a locale another entry already claims.
 */
export function primaryProblems(entries: readonly HelpEntry[], locales?: readonly string[]): PathProblem[] {
  const claimed = new Map<string, string>();
  return entries.flatMap((entry, index): PathProblem[] => {
    if (entry.primary === undefined) return [];
    const at = (message: string, expected: string): PathProblem => ({
      kind: HelpPrimaryInvalid,
      path: [index, 'primary'],
      message,
      expected,
    });
    if (entry.kind !== 'helpline' || entry.phone === undefined)
      return [
        at(
          `"${entry.id}" is marked primary but is ${entry.kind === 'helpline' ? 'a helpline without a phone number' : `a ${entry.kind}`}`,
          'primary only on a helpline with a phone, which pages show as a big number to call',
        ),
      ];
    const own = entry.primary === true ? (locales ?? ['*']) : entry.primary;
    const unknown = locales ? own.filter((locale) => !locales.includes(locale)) : [];
    const taken = own.filter((locale) => claimed.has(locale));
    for (const locale of own) if (!claimed.has(locale)) claimed.set(locale, entry.id);
    return [
      ...(unknown.length > 0
        ? [
            at(
              `"${entry.id}" is primary in ${unknown.map((l) => `"${l}"`).join(', ')}, which the campaign is not published in`,
              `locale codes from the campaign's locales: ${locales?.join(', ')}`,
            ),
          ]
        : []),
      ...taken.map((locale) =>
        at(
          `"${entry.id}" is primary in "${locale}", but "${claimed.get(locale)}" already is`,
          `one primary helpline per locale: remove "${locale}" from one of them`,
        ),
      ),
    ];
  });
}
