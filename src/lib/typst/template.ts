/**
 * Localized label templates such as "page {n} of {total}" or "{n} minutes". Each language
 * orders words and numbers its own way, so labels carry placeholders instead of being
 * concatenated in code.
 */

/** A template cut at its placeholders: literal text, and `{ name }` where a value goes. */
export type TemplatePart = string | { name: string };

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Splits a template into text and placeholders, checking that it has exactly the expected ones. */
export function splitTemplate(template: string, expected: readonly string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const found: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name });
    found.push(name);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  const missing = expected.filter((name) => !found.includes(name));
  const unknown = found.filter((name) => !expected.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    const expectedList = expected.map((name) => `{${name}}`).join(' and ');
    throw new Error(`Label template ${JSON.stringify(template)} must use ${expectedList}, and no other placeholder.`);
  }
  return parts;
}

/** Fills a template's placeholders with text. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return splitTemplate(template, Object.keys(values))
    .map((part) => (typeof part === 'string' ? part : (values[part.name] ?? '')))
    .join('');
}
