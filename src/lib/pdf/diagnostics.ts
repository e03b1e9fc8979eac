/**
 * Typst diagnostics as readable messages: what Typst said, and the line of the generated
 * source it points at, so a failing build shows where the markup went wrong.
 */

/** A diagnostic as the node compiler reports it (0-based positions). */
export interface RawDiagnostic {
  message: string;
  severity: number | string;
  path?: string;
  range?: { start: { line: number; character: number } } | null;
}

/** One Typst error or warning, located in the generated source when Typst says where. */
export interface TypstDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line and column in the Typst source. */
  line?: number;
  column?: number;
  /** The source line itself. */
  sourceLine?: string;
}

/** Normalises the compiler's diagnostic objects, attaching the source line each one points at. */
export function toDiagnostics(raw: readonly RawDiagnostic[], source: string): TypstDiagnostic[] {
  const lines = source.split('\n');
  return raw.map((diagnostic) => {
    const severity = diagnostic.severity === 2 || diagnostic.severity === 'warning' ? 'warning' : 'error';
    const start = diagnostic.range?.start;
    if (!start) return { severity, message: diagnostic.message };
    return {
      severity,
      message: diagnostic.message,
      line: start.line + 1,
      column: start.character + 1,
      sourceLine: lines[start.line] ?? '',
    };
  });
}

/** A diagnostic as text: the message, then the offending source line with a caret under the position. */
export function formatDiagnostic(diagnostic: TypstDiagnostic): string {
  const head = `Typst ${diagnostic.severity}: ${diagnostic.message}`;
  if (diagnostic.line === undefined || diagnostic.sourceLine === undefined) return head;
  const shown = diagnostic.sourceLine.length > 200 ? `${diagnostic.sourceLine.slice(0, 200)}…` : diagnostic.sourceLine;
  const caret = (diagnostic.column ?? 1) <= 200 ? `\n  ${' '.repeat((diagnostic.column ?? 1) - 1)}^` : '';
  return `${head}\n  at line ${diagnostic.line}, column ${diagnostic.column}:\n  ${shown}${caret}`;
}

/** Thrown when Typst cannot compile a document; `diagnostics` holds every error. */
export class TypstCompileError extends Error {
  readonly diagnostics: readonly TypstDiagnostic[];

  constructor(diagnostics: readonly TypstDiagnostic[]) {
    super(`Typst could not compile the document:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'TypstCompileError';
    this.diagnostics = diagnostics;
  }
}
