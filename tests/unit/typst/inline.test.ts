import { describe, expect, it } from 'vitest';
import { isBlankInline, serializeInline, type InlinePiece } from '../../../src/lib/typst/inline.ts';

const text = (value: string): InlinePiece => ({ kind: 'text', value });
const open = (source = '#strong['): InlinePiece => ({ kind: 'open', source });
const close: InlinePiece = { kind: 'close', source: ']' };

describe('serializeInline', () => {
  it('collapses whitespace runs and trims the ends of the run', () => {
    expect(serializeInline([text('  Hello \n\t  world  ')])).toBe('#"Hello world"');
  });

  it('keeps one space across element boundaries, outside the styled span', () => {
    expect(serializeInline([text('a '), open(), text(' b '), close, text(' c')])).toBe('#"a "#strong[#"b"]#" c"');
  });

  it('keeps text touching an element touching', () => {
    expect(serializeInline([text('un'), open('#emph['), text('believ'), close, text('able')])).toBe(
      '#"un"#emph[#"believ"]#"able"',
    );
  });

  it('drops spaces around line breaks', () => {
    expect(serializeInline([text('one '), { kind: 'break', source: '#linebreak()' }, text(' two')])).toBe(
      '#"one"#linebreak()#"two"',
    );
  });

  it('puts a pending space before an atom', () => {
    expect(serializeInline([text('see '), { kind: 'atom', source: '#x()' }, text('now')])).toBe('#"see "#x()#"now"');
  });

  it('keeps non-breaking spaces', () => {
    expect(serializeInline([text('10\u00a0km')])).toBe('#"10\u00a0km"');
  });
});

describe('isBlankInline', () => {
  it('is true only for whitespace text', () => {
    expect(isBlankInline([text(' \n ')])).toBe(true);
    expect(isBlankInline([text(' '), { kind: 'atom', source: '#x()' }])).toBe(false);
  });
});
