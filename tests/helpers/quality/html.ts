/**
 * The HTML check: html-validate over built pages. Astro 7 no longer corrects invalid markup,
 * so mistakes in templates and MDX reach the output as written; this finds them without a
 * browser.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * The rules: `standard` (conformance to the HTML standard) plus html-validate's rules for
 * WCAG techniques (H37: images have alt text; H30, H32, H36, H63, H67, H71), so that the
 * markup faults WCAG names fail here as well as in axe. No rule is switched off; an
 * exception goes here with its reason.
 */
const htmlRules: ConfigData = {
  extends: ['html-validate:standard'],
  rules: {
    'wcag/h30': 'error',
    'wcag/h32': 'error',
    'wcag/h36': 'error',
    'wcag/h37': 'error',
    'wcag/h63': 'error',
    'wcag/h67': 'error',
    'wcag/h71': 'error',
  },
};

/** One html-validate error. */
export interface HtmlError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  selector: string | null;
}

/** Validates pages given as `[file, html]` pairs and returns every error. */
export async function validateHtml(pages: Iterable<readonly [string, string]>): Promise<HtmlError[]> {
  const validator = new HtmlValidate(htmlRules);
  const errors: HtmlError[] = [];
  for (const [file, html] of pages) {
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        // Severity 2 is an error; 1 is a warning about the configuration itself.
        if (message.severity === 2)
          errors.push({
            file,
            line: message.line,
            column: message.column,
            rule: message.ruleId,
            message: message.message,
            selector: message.selector,
          });
      }
    }
  }
  return errors;
}

/** A readable list of errors, one per line, for a test failure message. */
export function formatHtmlErrors(errors: readonly HtmlError[]): string {
  return errors
    .map(
      (error) =>
        `${error.file}:${error.line}:${error.column} ${error.rule}: ${error.message}${error.selector ? ` (${error.selector})` : ''}`,
    )
    .join('\n');
}
