/**
 * Inline content as a flat run of pieces, serialised with HTML's whitespace rules.
 *
 * Browsers collapse runs of spaces and newlines into one space, also across element
 * boundaries (`a <b> b</b>` shows one space), and drop spaces at the start and end of a
 * line. Typst keeps every space in a string literal, so the converter describes a
 * paragraph as pieces and this module decides where spaces survive.
 */
import { typstText } from './escape.ts';

/** One piece of a paragraph's inline content. */
export type InlinePiece =
  /** Author text; spaces and newlines in it follow HTML's collapsing rules. */
  | { kind: 'text'; value: string }
  /** Opens a styled span such as `#strong[`, or places an invisible anchor; a pending space goes before it. */
  | { kind: 'open'; source: string }
  /** Closes a styled span (`]`); a pending space moves after it. */
  | { kind: 'close'; source: string }
  /** A self-contained inline object such as an image or a note marker. */
  | { kind: 'atom'; source: string }
  /** A forced line break; spaces on either side of it disappear. */
  | { kind: 'break'; source: string };

/** Collapses HTML whitespace (not non-breaking spaces) to single spaces. */
function collapse(value: string): string {
  return value.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Spaces inside a number ("116 111", "14 000 000") become non-breaking, so that a phone
 * number or an amount never splits across lines. In right-to-left text this also keeps the
 * groups in order: a no-break space between digits joins them into one number, where a
 * plain space would let the groups swap places.
 */
export function keepNumbersTogether(value: string): string {
  return value.replace(/(\p{Nd}) (?=\p{Nd})/gu, '$1\u00A0');
}

/** Typst markup for a run of inline pieces, with whitespace as a browser would render it. */
export function serializeInline(pieces: readonly InlinePiece[]): string {
  let out = '';
  let text = '';
  let pendingSpace = false;
  let afterSpaceOrLineStart = true;

  const flushText = () => {
    out += typstText(text);
    text = '';
  };
  const flushSpace = () => {
    if (pendingSpace) text += ' ';
    pendingSpace = false;
  };

  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text': {
        let value = keepNumbersTogether(collapse(piece.value));
        if (afterSpaceOrLineStart || pendingSpace) value = value.replace(/^ /, '');
        if (value === '') break;
        flushSpace();
        const endsWithSpace = value.endsWith(' ');
        text += endsWithSpace ? value.slice(0, -1) : value;
        pendingSpace = endsWithSpace;
        afterSpaceOrLineStart = endsWithSpace;
        break;
      }
      case 'open':
        flushSpace();
        flushText();
        out += piece.source;
        break;
      case 'close':
        flushText();
        out += piece.source;
        break;
      case 'atom':
        flushSpace();
        flushText();
        out += piece.source;
        afterSpaceOrLineStart = false;
        break;
      case 'break':
        pendingSpace = false;
        flushText();
        out += piece.source;
        afterSpaceOrLineStart = true;
        break;
    }
  }
  flushText();
  return out;
}

/** Whether pieces would render nothing at all, so empty paragraphs can be skipped. */
export function isBlankInline(pieces: readonly InlinePiece[]): boolean {
  return pieces.every((piece) => piece.kind === 'text' && collapse(piece.value).trim() === '');
}
