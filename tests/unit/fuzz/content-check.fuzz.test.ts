/**
 * Property-based tests of the content check over generated campaigns held in memory: MDX pages
 * and toolkits (prose of every script, nested lists, quotes and emphasis, ragged tables, the
 * registered components with valid and invalid attributes) and mutated campaign.yaml, facts.yaml,
 * help.yaml, kit.yaml, supporters.yaml and events.yaml. Whatever the input, the check returns catalogued
 * problems and never throws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCampaign } from '../../../src/lib/content/check-campaigns.ts';
import type { CampaignFolder, SourceFile } from '../../../src/lib/content/campaign-tree.ts';
import { PAGE_COMPONENTS, TOOLKIT_COMPONENTS } from '../../../src/lib/components/registry.ts';
import type { ComponentSpec } from '../../../src/lib/components/component.ts';
import { readTestProject } from '../../helpers/project.ts';
import { expectCatalogued } from './catalogued.ts';
import { fuzzParameters } from './fuzz-settings.ts';
import { prose, shortText, word } from './text-arbitraries.ts';

const demo = resolve(import.meta.dirname, '../../../campaigns');
const context = readTestProject(demo).context;
const demoFile = (name: string) => readFileSync(resolve(demo, 'sid-2027', name), 'utf8');
const DATA = {
  'campaign.yaml': demoFile('campaign.yaml'),
  'facts.yaml': demoFile('facts.yaml'),
  'help.yaml': demoFile('help.yaml'),
  'kit.yaml': demoFile('kit.yaml'),
  'supporters.yaml': demoFile('supporters.yaml'),
  'events.yaml': demoFile('events.yaml'),
};

const source = (pathInCampaign: string, text: string): SourceFile => ({
  pathInCampaign,
  displayPath: `campaigns/fuzz/${pathInCampaign}`,
  text,
});

/** A campaign folder in memory with the given data files and MDX files. */
function folder(data: Record<string, string>, mdx: SourceFile[]): CampaignFolder {
  const file = (name: string) => (name in data ? source(name, data[name]!) : undefined);
  return {
    id: 'fuzz',
    dir: '/nonexistent/fuzz',
    files: [...Object.keys(data), ...mdx.map((page) => page.pathInCampaign)],
    config: file('campaign.yaml'),
    facts: file('facts.yaml'),
    help: file('help.yaml'),
    kit: file('kit.yaml'),
    supporters: file('supporters.yaml'),
    events: file('events.yaml'),
    mdx,
  };
}

/** An attribute as MDX writes it: quoted text, a `{…}` expression or a bare flag, valid or not. */
const attributeText = (name: string, values: readonly string[] | undefined) =>
  fc.oneof(
    fc.constantFrom(...(values ?? ['A/HRC/28/56', '22', 'internet-users-2013', 'x'])).map((v) => `${name}="${v}"`),
    fc.constantFrom(`${name}={15}`, `${name}`, `${name}=""`, `${name}="${'"'}"`, `${name}={1 + 1}`),
    prose.map((text) => `${name}="${text.replace(/"/g, '')}"`),
  );

/** A registered component with random attributes, empty or around Markdown. */
function component(components: Readonly<Record<string, ComponentSpec>>, inner: fc.Arbitrary<string>) {
  return fc.constantFrom(...Object.entries(components)).chain(([name, spec]) =>
    fc
      .tuple(
        fc
          .subarray(Object.entries(spec))
          .chain((rules) => fc.tuple(...rules.map(([attr, rule]) => attributeText(attr, rule.values)))),
        fc.option(fc.constantFrom('bogus="1"', 'class="x"')),
        fc.option(inner),
      )
      .map(([attributes, extra, content]) => {
        const open = [name, ...attributes, ...(extra ? [extra] : [])].join(' ');
        return content === null ? `<${open} />` : `<${open}>\n\n${content}\n\n</${name}>`;
      }),
  );
}

const inlineMarkdown = fc.oneof(
  { weight: 5, arbitrary: prose },
  prose.map((t) => `**${t}**`),
  prose.map((t) => `_${t}_`),
  prose.map((t) => `***${t}** and _${t}_*`),
  prose.map((t) => `\`${t.replace(/`/g, '')}\``),
  fc
    .tuple(shortText, fc.constantFrom('https://example.org', 'javascript:alert(1)', '../x/', 'mailto:a@b.org'))
    .map(([t, href]) => `[${t}](${href})`),
  fc.constantFrom('<b>bold</b>', '<img src="x.png">', '{1 + 1}', '&amp; &#x1F600; &nbsp;'),
);
const line = fc.array(inlineMarkdown, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

/** Markdown blocks, nested to a bounded depth. */
const markdown = (components: Readonly<Record<string, ComponentSpec>>) =>
  fc.letrec<{ block: string; blocks: string }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
      { weight: 5, arbitrary: line },
      fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
      fc
        .array(fc.tuple(fc.constantFrom('- ', '1. ', '* '), line, fc.option(tie('block'))), {
          minLength: 1,
          maxLength: 3,
        })
        .map((items) =>
          items
            .map(
              ([marker, text, nested]) => `${marker}${text}${nested ? `\n\n  ${nested.split('\n').join('\n  ')}` : ''}`,
            )
            .join('\n'),
        ),
      tie('block').map((inner) =>
        inner
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n'),
      ),
      // A table whose rows may have more or fewer cells than its header.
      fc
        .array(fc.array(fc.oneof(word, shortText), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 })
        .map(([header = [], ...rows]) =>
          [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'),
        ),
      component(components, tie('blocks')),
      fc.constantFrom(
        'import x from "node:fs"',
        'export const a = 1',
        '---',
        '```js\nlet x = "/*"\n```',
        '<!-- comment -->',
      ),
    ),
    blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n')),
  })).blocks;

const FRONTMATTER = {
  page: '---\ntitle: Fuzz page\ndescription: A generated page\n---\n\n',
  toolkit: demoFile('en/toolkits/ages-7-11.mdx').split(/\n---\n/)[0] + '\n---\n\n',
};

describe('the content check on generated campaigns', () => {
  test('reports generated MDX pages and toolkits with catalogued problems only', () => {
    fc.assert(
      fc.property(markdown(PAGE_COMPONENTS), markdown(TOOLKIT_COMPONENTS), fc.boolean(), (page, toolkit, bom) => {
        const mark = bom ? '\uFEFF' : '';
        const pages = [
          source('en/index.mdx', `${mark}${FRONTMATTER.page}${page}\n`),
          source('en/toolkits/fuzz.mdx', `${mark}${FRONTMATTER.toolkit}${toolkit}\n\n<HelpBox />\n`),
        ];
        const problems = checkCampaign(folder(DATA, pages), context);
        problems.forEach(expectCatalogued);
      }),
      fuzzParameters(150),
    );
  }, 60_000);

  /** A data file changed by one of the edits people make by mistake: a tab, a stray character, a cut, a wrong value. */
  const mutation = (text: string) =>
    fc.oneof(
      fc
        .tuple(
          fc.nat(text.length),
          fc.constantFrom(
            '\t',
            '\uFEFF',
            '\r\n',
            ':',
            '"',
            "'",
            '- ',
            '  ',
            '#',
            '{',
            '[',
            '&a',
            '*b',
            '\u0000',
            '\u00A0',
            'ا',
            '😀',
            '\n',
          ),
        )
        .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at)),
      fc.tuple(fc.nat(text.length), fc.nat(200)).map(([at, length]) => text.slice(0, at) + text.slice(at + length)),
      fc.nat(text.length).map((at) => text.slice(0, at)),
      fc
        .tuple(
          fc.nat(text.split('\n').length),
          fc.constantFrom(
            'null',
            '~',
            '[]',
            '{}',
            '-1',
            '1e999',
            'yes',
            '"2027-02-30"',
            'https://',
            '!!binary AAAA',
            '*anchor',
            prose,
          ),
        )
        .chain(([index, replacement]) =>
          (typeof replacement === 'string' ? fc.constant(replacement) : replacement).map((value) =>
            text
              .split('\n')
              .map((l, i) => (i === index ? l.replace(/:\s.*$/, `: ${value}`) : l))
              .join('\n'),
          ),
        ),
    );

  test('reports mutated campaign.yaml, facts.yaml, help.yaml, kit.yaml, supporters.yaml and events.yaml with catalogued problems only', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom('campaign.yaml', 'facts.yaml', 'help.yaml', 'kit.yaml', 'supporters.yaml', 'events.yaml')
          .chain((name) =>
            fc
              .array(fc.constant(null), { minLength: 1, maxLength: 3 })
              .chain((edits) =>
                edits
                  .reduce((text, _) => text.chain(mutation), fc.constant(DATA[name]))
                  .map((text) => ({ name, text })),
              ),
          ),
        ({ name, text }) => {
          const pages = [source('en/index.mdx', `${FRONTMATTER.page}Home\n`)];
          const problems = checkCampaign(folder({ ...DATA, [name]: text }, pages), context);
          problems.forEach(expectCatalogued);
          expect(problems.every((p) => p.file.startsWith('campaigns/fuzz/') || p.file === 'fuzz/')).toBe(true);
        },
      ),
      fuzzParameters(150),
    );
  }, 60_000);
});
