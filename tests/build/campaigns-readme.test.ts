import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { PAGE_COMPONENTS, TOOLKIT_COMPONENTS } from '../../src/lib/components/registry.ts';
import { checkLinks, formatBrokenLinks } from '../helpers/quality/links.ts';
import { readSite } from '../helpers/quality/site.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'campaigns/README.md'), 'utf8');
const campaign = join(root, 'tests/.output/readme-campaigns/docs');

/** The ```mdx and ```yaml examples of campaigns/README.md; those with a title="path" are whole files. */
const examples = [...readme.matchAll(/^```(mdx|yaml)(?: title="([^"]+)")?\n([\s\S]*?)^```$/gm)].map(
  ([, language, path, text]) => ({ language, path, text: text ?? '' }),
);

/** Where each example goes in a campaign: titled ones at their path, the others as pages of their own. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  examples.forEach((example, index) => {
    if (example.path) files.set(example.path, example.text);
    else if (example.language === 'mdx')
      files.set(
        `en/example-${index}.mdx`,
        `---\ntitle: Example ${index}\ndescription: An example from campaigns/README.md.\n---\n\n${example.text}`,
      );
  });
  return files;
}

/** The pictures the examples show (`../images/…`), which the campaign takes from the demo's images/ folder. */
const pictures = new Set(
  examples.flatMap((example) => [...example.text.matchAll(/\.\.\/images\/([\w.-]+)/g)].map((match) => match[1]!)),
);

let build: FixtureBuild;
beforeAll(() => {
  rmSync(dirname(campaign), { recursive: true, force: true });
  for (const [path, text] of exampleFiles()) {
    mkdirSync(dirname(join(campaign, path)), { recursive: true });
    writeFileSync(join(campaign, path), text);
  }
  for (const name of pictures) cpSync(join(root, 'campaigns/sid-2027/images', name), join(campaign, 'images', name));
  build = buildCampaigns('readme', dirname(campaign));
});

test('campaigns/README.md shows every MDX component in an example', () => {
  const shown = new Set(
    examples
      .filter((example) => example.language === 'mdx')
      .flatMap((example) => [...example.text.matchAll(/<([A-Z]\w*)/g)].map((match) => match[1])),
  );
  expect(
    [...new Set([...Object.keys(PAGE_COMPONENTS), ...Object.keys(TOOLKIT_COMPONENTS)])].filter(
      (name) => !shown.has(name),
    ),
  ).toEqual([]);
});

test('every example builds, as one campaign, with no broken link', () => {
  expect(build.status, build.output).toBe(0);
  for (const path of exampleFiles().keys()) {
    const page = path.match(/^(\w+)\/(.+)\.mdx$/);
    if (page)
      expect(
        build.exists(`${page[1]}/docs/${page[2]!.replace(/(^|\/)index$/, '')}/index.html`.replace('//', '/')),
        path,
      ).toBe(true);
  }
  const report = checkLinks(readSite(build.outDir), { base: '/' });
  expect(report.broken, formatBrokenLinks(report.broken)).toEqual([]);
});
