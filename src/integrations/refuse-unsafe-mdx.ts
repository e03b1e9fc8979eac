/**
 * Defence in depth for content-only MDX: while Astro compiles an MDX file, the same rules as
 * the content check (src/lib/content/check-unsafe.ts) run on it again, and a file that breaks
 * them is not compiled. The check normally stops a build long before; this catches what it
 * could not see, such as a page edited while `astro dev` runs, where the error is shown in the
 * browser's error overlay, or a build that skipped the check.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import type { SourceFile } from '../lib/content/campaign-tree.ts';
import { unsafeContentProblems } from '../lib/content/check-unsafe.ts';
import { formatReport } from '../lib/errors/report.ts';
import { campaignById } from '../lib/model/project.ts';
import { projectModel } from '../site/project-model.ts';

/** The MDX file at `path` as the checks see it, and whether its campaign trusts code. */
export function mdxFileInCampaign(path: string, source: string): { file: SourceFile; trustedCode: boolean } {
  const model = projectModel();
  const inCampaigns = relative(model.campaignsDir, path).split(sep);
  const [campaignId = '', ...rest] = inCampaigns;
  const campaign = inCampaigns[0] === '..' ? undefined : campaignById(model, campaignId);
  const file = { pathInCampaign: rest.join('/'), displayPath: relative(process.cwd(), path) || path, text: source };
  return { file, trustedCode: campaign?.config.trustedCode === true };
}

/**
 * An error the MDX compiler reports at the first problem's line, with every problem's report as
 * its message. (No parameter properties: Node loads the Astro config by stripping types only.)
 */
class UnsafeMdxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line: number | undefined, column: number | undefined) {
    super(message);
    this.name = 'UnsafeMdxError';
    this.line = line;
    this.column = column;
  }
}

/**
 * A Sätteri mdast plugin factory: throws the catalogued report when the file holds code its
 * campaign does not trust or an unsafe link; otherwise adds no plugin to the compile.
 */
export const refuseUnsafeMdx: MdastPluginEntry = ({ fileURL, source }) => {
  const { file, trustedCode } = mdxFileInCampaign(fileURL ? fileURLToPath(fileURL) : 'page.mdx', source);
  const problems = unsafeContentProblems(file, trustedCode);
  if (problems.length === 0) return null;
  throw new UnsafeMdxError(formatReport(problems, 'in this page'), problems[0]?.line, problems[0]?.column);
};
