import { describe, expect, test } from 'vitest';
import { addListItem, addMapEntry } from '../../../src/lib/yaml/yaml-edit.ts';

describe('editing YAML text in place', () => {
  const yaml =
    '# comment\ntitle:\n  en: Day   # the name\n  fr: "Journée"\nlocales: [en, fr]\nlist:\n  - a\n  - b # last\nmap: { a: 1 }\n';

  test("adds a list item in the list's own style, keeping every other byte", () => {
    expect(addListItem(yaml, ['locales'], 'ar')).toBe(yaml.replace('[en, fr]', '[en, fr, ar]'));
    expect(addListItem(yaml, ['list'], 'c')).toBe(yaml.replace('  - b # last\n', '  - b # last\n  - c\n'));
    expect(addListItem('x: []\n', ['x'], 'a')).toBe('x: [a]\n');
  });

  test('adds a map entry, quoting where YAML needs it', () => {
    expect(addMapEntry(yaml, ['title'], 'ar', 'يوم: ٢')).toBe(
      yaml.replace('  fr: "Journée"\n', '  fr: "Journée"\n  ar: "يوم: ٢"\n'),
    );
    expect(addMapEntry(yaml, ['map'], 'b', 'x, y')).toBe(yaml.replace('{ a: 1 }', '{ a: 1, b: "x, y" }'));
    expect(addMapEntry('a: 1\r\nb: 2\r\n', [], 'c', '3')).toBe('a: 1\r\nb: 2\r\nc: "3"\r\n');
  });

  test('gives up where there is no list or map', () => {
    expect(addListItem(yaml, ['title'], 'x')).toBeUndefined();
    expect(addMapEntry(yaml, ['missing'], 'k', 'v')).toBeUndefined();
    expect(addMapEntry('a: [\n', ['a'], 'k', 'v')).toBeUndefined();
  });
});
