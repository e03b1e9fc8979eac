import { describe, expect, it } from 'vitest';
import { fillTemplate, splitTemplate } from '../../../src/lib/typst/template.ts';

describe('splitTemplate', () => {
  it('cuts a template at its placeholders, in the language order', () => {
    expect(splitTemplate('page {n} of {total}', ['n', 'total'])).toEqual([
      'page ',
      { name: 'n' },
      ' of ',
      { name: 'total' },
    ]);
    expect(splitTemplate('第{n}页，共{total}页', ['n', 'total'])).toEqual([
      '第',
      { name: 'n' },
      '页，共',
      { name: 'total' },
      '页',
    ]);
  });

  it('rejects templates missing a placeholder or using an unknown one', () => {
    expect(() => splitTemplate('page {n}', ['n', 'total'])).toThrow(/\{total\}/);
    expect(() => splitTemplate('{n} of {count}', ['n'])).toThrow(/no other placeholder/);
  });
});

describe('fillTemplate', () => {
  it('fills placeholders with text', () => {
    expect(fillTemplate('{n} minutes', { n: '15' })).toBe('15 minutes');
  });
});
