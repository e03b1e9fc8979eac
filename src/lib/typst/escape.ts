/**
 * Making arbitrary text safe inside generated Typst source.
 *
 * Decision: all text from HTML is emitted as Typst string literals embedded in markup
 * (`#"..."`), never as markup text. A string literal needs only `\`, `"` and control
 * characters escaped, whereas markup gives meaning to `# $ * _ @ < > [ ] ` ~ / \ = - +`,
 * digits followed by a dot, `//` and `/*`, smart quotes, `--` and `...`. A string literal
 * is shown exactly as written, so no author text can ever become markup.
 */

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Control characters have no visible form and no short escape: they become `\u{...}`. */
function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** A Typst string literal (with its quotes) whose value is exactly `value`; for code positions such as arguments. */
export function typstString(value: string): string {
  let body = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    body += STRING_ESCAPES[char] ?? (isControl(codePoint) ? `\\u{${codePoint.toString(16)}}` : char);
  }
  return `"${body}"`;
}

/** Text for a markup position, shown verbatim: `#"..."`, or nothing for empty text. */
export function typstText(value: string): string {
  return value === '' ? '' : `#${typstString(value)}`;
}

/** A Typst label value for any name, for code positions: `label("...")` accepts names a `<label>` literal cannot spell. */
export function typstLabel(name: string): string {
  return `label(${typstString(name)})`;
}

/**
 * A one-line Typst comment naming what a generated document is. Every run of white space
 * becomes one space, U+0085 included: Typst ends a line there too, though JavaScript's `\s`
 * does not match it, and the rest of a title would then be read as markup.
 */
export function typstComment(text: string): string {
  return `// ${text.replace(/[\s\u0085]+/g, ' ')}`;
}
