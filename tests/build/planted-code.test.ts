import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

// What the planted code would publish: the machine's name and the folder the build runs in.
const hostname = readFileSync('/etc/hostname', 'utf8').trim();
const cwd = process.cwd();

/** Every file the build left, read as text; none when it wrote nothing. */
function builtText(outDir: string): string {
  if (!existsSync(outDir)) return '';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [readFileSync(path, 'latin1')];
    });
  return walk(outDir).join('\n');
}

function expectNothingPlanted(build: FixtureBuild): void {
  const text = builtText(build.outDir);
  expect(text).not.toContain('PLANTED-HOST');
  expect(text).not.toContain(`PLANTED-CWD:${cwd}`);
  if (hostname.length >= 4) expect(text).not.toContain(hostname);
  expect(text).not.toMatch(/javascript:alert|data:text\/html/);
}

describe('a build of content with planted code and unsafe links', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('planted-code');
  });

  test('fails with exit code 1 and no stack trace', () => {
    expect(build.status).toBe(1);
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(build.output).toContain('sidkit found 8 error(s) and 0 warning(s) in the content');
  });

  test('names each planted problem with its file, line and fix', () => {
    const page = 'tests/fixtures/planted-code/campaigns/planted/en/index.mdx';
    const fix = (start: string) => new RegExp(`fix: +${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    expect(build.output).toContain(`✖ Page imports or exports code  (${page}:5)`);
    expect(build.output).toContain(`"import { readFileSync } from 'node:fs';" imports code`);
    expect(build.output).toContain(`✖ Page imports or exports code  (${page}:6)`);
    expect(build.output).toContain(`"export const host = readFileSync('/etc/hostname', 'utf8');" exports code`);
    expect(build.output).toMatch(fix('Remove the line: a page is Markdown and sidkit components'));
    expect(build.output).toContain(`✖ Page runs a JavaScript expression  (${page}:8:30)`);
    expect(build.output).toContain(`✖ Page runs a JavaScript expression  (${page}:8:72)`);
    expect(build.output).toContain('{process.cwd()} is a JavaScript expression');
    expect(build.output).toMatch(fix('Write the text itself; to show a brace, write \\{.'));
    const unsafe = '✖ Link to something other than a web page, email or phone number';
    expect(build.output).toContain(`${unsafe}  (${page}:12:1)`);
    expect(build.output).toContain('"javascript:alert(document.cookie)" uses the javascript: scheme');
    expect(build.output).toContain(`${unsafe}  (${page}:14:1)`);
    expect(build.output).toContain(`${unsafe}  (${page}:16:1)`);
    expect(build.output).toContain('"data:text/html,<script>alert(1)</script>" uses the data: scheme');
    expect(build.output).toContain(`${unsafe}  (tests/fixtures/planted-code/campaigns/planted-yaml/campaign.yaml:9)`);
    expect(build.output).toMatch(/field: +partners\.0\.url/);
    expect(build.output).toMatch(fix('Link to an https: (or http:) address, a mailto: or tel: link'));
    // The comment is allowed, so it is not among the problems.
    expect(build.output).not.toContain('it compiles to nothing');
  });

  test('publishes nothing of the planted code', () => {
    expectNothingPlanted(build);
  });
});

describe('when the content check is skipped, as in one slice of a sliced build', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    // A slice leaves checking to `npm run build`; the MDX compiler must still refuse the planted page.
    build = buildFixture('planted-code', { SIDKIT_BUILD_LOCALES: 'en' });
  });

  test('the MDX compiler refuses the page with the same catalogued report', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('sidkit found 7 error(s) and 0 warning(s) in this page');
    expect(build.output).toContain(
      '✖ Page imports or exports code  (tests/fixtures/planted-code/campaigns/planted/en/index.mdx:5)',
    );
  });

  test('and publishes nothing of the planted code', () => {
    expectNothingPlanted(build);
  });
});
