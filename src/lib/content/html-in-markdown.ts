/**
 * How to write in Markdown what an organiser reached for an HTML tag to do. Campaign pages
 * hold no raw HTML (it could carry scripts, and the PDFs could not print it), so a stray
 * `<b>` or `<img>` is an error; its hint says what to write instead, or how to show the
 * tag as text.
 */

const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  b: 'write **bold text** with two asterisks on each side',
  strong: 'write **bold text** with two asterisks on each side',
  i: 'write *italic text* with one asterisk on each side',
  em: 'write *italic text* with one asterisk on each side',
  a: 'write a link as [the words to click](https://example.org/)',
  img: 'show a picture with <Figure src="…" alt="…" /> or ![what it shows](picture.png)',
  br: 'end the line with a backslash (\\) to break it, or leave an empty line to start a new paragraph',
  p: 'leave an empty line between paragraphs',
  ul: 'start each item of a list with "- " on its own line',
  ol: 'start each item of a numbered list with "1. " on its own line',
  li: 'start each item of a list with "- " on its own line',
  h2: 'start a heading line with "## "',
  h3: 'start a heading line with "### "',
  h4: 'start a heading line with "#### "',
  blockquote: 'start each quoted line with "> ", or use <Quote>',
  code: 'put code between backticks, `like this`',
  table: 'write a Markdown table: | Column | Column | lines with a | --- | --- | line under the header',
  hr: 'write --- on a line of its own, with empty lines around it',
};

/** Whether an element name is an HTML tag rather than a component (components start with a capital letter). */
export function isHtmlTagName(name: string): boolean {
  return /^[a-z]/.test(name);
}

/** The hint for a raw HTML tag: its Markdown equivalent when it has one, and how to show the tag as text. */
export function htmlTagHint(name: string): string {
  const markdown = MARKDOWN_FOR[name];
  const asText = `To show "<${name}>" as text, write \\<${name}> (a backslash before the <).`;
  return markdown ? `In Markdown, ${markdown}. ${asText}` : `Use Markdown or a sidkit component instead. ${asText}`;
}
