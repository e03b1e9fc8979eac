/**
 * Reads a `_headers` file (Netlify and Cloudflare Pages syntax) as those hosts do, so that the
 * test server sends what they would: a line starting with `/` opens a rule for that path
 * pattern (`*` matches anything, `/` included), indented `Name: value` lines are its headers,
 * `#` lines are comments. A path gets the headers of every rule it matches; a header given by
 * several rules is joined with commas, as Cloudflare Pages does.
 */

/** One rule: the paths it applies to, and its headers in file order. */
export interface HeaderRule {
  /** The path pattern as written, e.g. `/*`. */
  path: string;
  pattern: RegExp;
  headers: [name: string, value: string][];
}

const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** The rules of a `_headers` file; a header line outside a rule, or without a colon, is an error. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, pattern: patternOf(trimmed), headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1} is not a header of a rule: ${line}`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a request for `path` gets, names in lower case. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => pattern.test(path)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  return headers;
}
