import { describe, expect, it } from 'vitest';
import { typstComment, typstLabel, typstString, typstText } from '../../../src/lib/typst/escape.ts';

describe('typstString', () => {
  it('escapes only backslash, double quote and control characters', () => {
    expect(typstString('a\\b"c')).toBe('"a\\\\b\\"c"');
    expect(typstString('line\nnext\ttab\r')).toBe('"line\\nnext\\ttab\\r"');
    expect(typstString('bell\u0007 del\u007f')).toBe('"bell\\u{7} del\\u{7f}"');
  });

  it('keeps markup characters, quotes and non-Latin text as they are', () => {
    const text = `# $ * _ @ < > [ ] \` ~ / = - + 1. // /* */ 'single' “curly” مرحبا 你好 Привет`;
    expect(typstString(text)).toBe(`"${text}"`);
  });
});

describe('typstText', () => {
  it('embeds text in markup as a string literal', () => {
    expect(typstText('#set text(red) *bold* _em_ @ref <label> [content] $x$')).toBe(
      '#"#set text(red) *bold* _em_ @ref <label> [content] $x$"',
    );
  });

  it('neutralises what markup would treat as comments, headings, lists and escapes', () => {
    for (const text of ['// comment', '/* block */', '= Heading', '- item', '+ item', '1. item', 'back\\slash']) {
      expect(typstText(text)).toBe(`#${typstString(text)}`);
      expect(typstText(text).startsWith('#"')).toBe(true);
    }
  });

  it('emits nothing for empty text', () => {
    expect(typstText('')).toBe('');
  });
});

describe('typstLabel', () => {
  it('builds a label from any id, including ones a <label> literal cannot spell', () => {
    expect(typstLabel('first-activity')).toBe('label("first-activity")');
    expect(typstLabel('a "quoted" id!')).toBe('label("a \\"quoted\\" id!")');
  });
});

describe('typstComment', () => {
  it('keeps a title on its comment line, whatever line breaks it holds', () => {
    for (const breaker of ['\n', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f'])
      expect(typstComment(`Safer Internet Day${breaker}#set page(fill: red)`)).toBe(
        '// Safer Internet Day #set page(fill: red)',
      );
  });
});
