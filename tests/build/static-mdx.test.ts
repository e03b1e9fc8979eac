import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/out-dir.ts';
import { buildCampaigns, type FixtureBuild } from '../helpers/build-fixture.ts';

// Content-only MDX is rendered while content syncs instead of being bundled as a module per page
// (src/lib/content/static-mdx.ts); a campaign that trusts code keeps the module path. The same
// content built both ways must publish the same site, byte for byte: every component, heading id,
// anchor, citation and PDF as the bundler made them.
const root = resolve(import.meta.dirname, '../..');
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
// Pages that list events say when they were built, to the millisecond: the one thing two builds differ in.
const BUILT_AT = /datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g;

/** A copy of the demo campaigns, trusting code or not. */
function demoCopy(name: string, trustedCode: boolean): string {
  const campaigns = join(root, 'tests/.output', `${name}-campaigns`);
  rmSync(campaigns, { recursive: true, force: true });
  cpSync(join(root, 'campaigns'), campaigns, { recursive: true });
  const config = join(campaigns, 'sid-2027/campaign.yaml');
  if (trustedCode) writeFileSync(config, `${readFileSync(config, 'utf8')}trustedCode: true\n`);
  return campaigns;
}

/** Every file of a build's output, by path, with the build time taken out of the pages; the build must have passed. */
function siteFiles(build: FixtureBuild): Map<string, Buffer> {
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  const read = (file: string) =>
    file.endsWith('.html')
      ? Buffer.from(readFileSync(file, 'utf8').replace(BUILT_AT, 'datetime="(built)"'))
      : readFileSync(file);
  return new Map(filesUnder(build.outDir).map((file) => [relative(build.outDir, file), read(file)]));
}

let rendered: FixtureBuild;
let bundled: FixtureBuild;
const sites: Record<string, Map<string, Buffer>> = {};

beforeAll(() => {
  rendered = buildCampaigns('static-mdx-rendered', demoCopy('static-mdx-rendered', false));
  sites.rendered = siteFiles(rendered);
  bundled = buildCampaigns('static-mdx-bundled', demoCopy('static-mdx-bundled', true));
  sites.bundled = siteFiles(bundled);
});

describe('content-only MDX rendered at content sync', () => {
  test('publishes the same files, byte for byte, as the same content bundled as modules', () => {
    const rendered = sites.rendered!;
    const bundled = sites.bundled!;
    expect([...rendered.keys()].sort()).toEqual([...bundled.keys()].sort());
    const differing = [...rendered].filter(([path, bytes]) => !bytes.equals(bundled.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    // The comparison covers the pages and packs that hold components, in every language, and their PDFs.
    for (const locale of LOCALES) expect(rendered.has(`${locale}/sid-2027/toolkits/ages-7-11/index.html`)).toBe(true);
    expect([...rendered.keys()].filter((path) => path.endsWith('.pdf')).length).toBeGreaterThan(20);
  });
});
