/**
 * `npm run check`: every check that needs no build, in one run and one report grouped by
 * file: type checks (astro check), campaign settings and frontmatter, components,
 * citations and facts, terminology, and help entries due for re-checking (warnings).
 * When a campaign has errors, ends by saying which campaigns were fine; help entries due for re-checking are
 * then listed per country. Exits with code 1 when anything is an error.
 */
import { relative } from 'node:path';
import { runTypeChecks } from '../lib/check/type-check.ts';
import { checkProject } from '../lib/content/check-campaigns.ts';
import { campaignSummary, shownCampaigns } from '../lib/errors/campaign-summary.ts';
import { hasErrors } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';
import { staleHelpSummary } from '../lib/errors/stale-help-summary.ts';
import { projectModel } from '../site/project-model.ts';

const model = projectModel();
const dir = model.campaignsDir;
const content = checkProject(model);
console.log(
  `Content: checked ${model.folders.length} campaign(s) in ${relative(process.cwd(), dir) || dir}/ and the source registry.`,
);
console.log('Types: running astro check…');
const types = runTypeChecks(process.cwd());
console.log(`Types: astro check ${types.files === undefined ? 'did not finish' : `checked ${types.files} file(s)`}.`);
const problems = [...content, ...types.problems];
if (problems.length === 0) {
  console.log('\nNo problems found.');
} else {
  console.log(`\n${formatReport(problems, 'in the content and code')}`);
  const summary = campaignSummary(content, shownCampaigns(model.folders));
  if (summary) console.log(`\n${summary}`);
  const stale = staleHelpSummary(model.campaigns, model.context.today);
  if (stale) console.log(`\n${stale}`);
  if (hasErrors(problems)) process.exitCode = 1;
}
