import { describe, expect, it } from 'vitest';
import { formatDiagnostic, toDiagnostics, TypstCompileError } from '../../../src/lib/pdf/diagnostics.ts';

const source = 'first\n#text(fill: 3)[x]\nlast';

describe('toDiagnostics', () => {
  it('locates diagnostics 1-based and attaches the source line', () => {
    const raw = [{ message: 'expected color', severity: 1, range: { start: { line: 1, character: 12 } } }];
    expect(toDiagnostics(raw, source)).toEqual([
      { severity: 'error', message: 'expected color', line: 2, column: 13, sourceLine: '#text(fill: 3)[x]' },
    ]);
  });

  it('keeps diagnostics without a position, and tells warnings apart', () => {
    expect(toDiagnostics([{ message: 'unknown font family', severity: 2, range: null }], source)).toEqual([
      { severity: 'warning', message: 'unknown font family' },
    ]);
  });
});

describe('formatDiagnostic', () => {
  it('shows the message, the line and a caret under the column', () => {
    const text = formatDiagnostic({
      severity: 'error',
      message: 'expected color',
      line: 2,
      column: 13,
      sourceLine: '#text(fill: 3)[x]',
    });
    expect(text).toBe('Typst error: expected color\n  at line 2, column 13:\n  #text(fill: 3)[x]\n              ^');
  });
});

describe('TypstCompileError', () => {
  it('lists every diagnostic in its message', () => {
    const error = new TypstCompileError([
      { severity: 'error', message: 'one' },
      { severity: 'error', message: 'two' },
    ]);
    expect(error.message).toBe('Typst could not compile the document:\nTypst error: one\nTypst error: two');
  });
});
