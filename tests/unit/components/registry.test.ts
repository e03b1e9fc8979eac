import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiDictionaries } from '../../../src/i18n/ui/index.ts';
import {
  BLOCK_CONVERTERS,
  COMPONENTS,
  INLINE_CONVERTERS,
  PAGE_COMPONENTS,
  TOOLKIT_COMPONENTS,
} from '../../../src/lib/components/registry.ts';
import { componentLibrary } from '../../../src/lib/typst/component-library.ts';

const components = resolve(import.meta.dirname, '../../../src/components');
const templatePath = (name: string) =>
  [`${components}/mdx/${name}.astro`, `${components}/toolkit/${name}.astro`].find((path) => existsSync(path));

describe('the component registry', () => {
  it('names every component once, each with its template', () => {
    const names = COMPONENTS.map((component) => component.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(templatePath(name), name).toBeDefined();
  });

  it('derives what pages and toolkits may use from where each component is allowed', () => {
    expect(Object.keys(PAGE_COMPONENTS)).toEqual([
      'Cite',
      'Fact',
      'Callout',
      'HelpBox',
      'Quote',
      'HelpDirectory',
      'ReportOutline',
      'Figure',
    ]);
    expect(Object.keys(TOOLKIT_COMPONENTS)).toEqual([
      'Cite',
      'Fact',
      'Callout',
      'HelpBox',
      'Quote',
      'Figure',
      'Activity',
      'Steps',
      'Discussion',
      'Worksheet',
      'AnswerBox',
      'DrawingArea',
      'Vocabulary',
      'Quiz',
      'Question',
      'Option',
      'Feedback',
      'Assembly',
      'Slide',
      'SpeakerNotes',
    ]);
  });

  it('gives every component a toolkit may use, and whose template marks data-sidkit, a PDF converter', () => {
    for (const component of COMPONENTS.filter((entry) => entry.usedIn.includes('toolkit'))) {
      const marked = [...readFileSync(templatePath(component.name)!, 'utf8').matchAll(/data-sidkit="([a-z]+)"/g)].map(
        (match) => match[1],
      );
      for (const key of marked)
        expect(Object.keys({ ...BLOCK_CONVERTERS, ...INLINE_CONVERTERS }), component.name).toContain(key);
      expect(component.pdf.map((part) => part.key)).toEqual(expect.arrayContaining(marked));
    }
  });

  it('defines in Typst every sidkit-* function that a converter calls', () => {
    const library = componentLibrary({ primary: '#1d4ed8' });
    for (const component of COMPONENTS)
      for (const called of component.pdf.flatMap((part) => part.convert.toString().match(/#sidkit-[a-z-]+/g) ?? []))
        expect(library, `${component.name} calls ${called}`).toContain(`#let ${called.slice(1)}(`);
  });

  it('has every UI string it declares in every language', () => {
    for (const [locale, strings] of Object.entries(uiDictionaries))
      for (const key of COMPONENTS.flatMap((component) => component.strings))
        expect(Object.hasOwn(strings, key), `${locale}: ${key}`).toBe(true);
  });
});
