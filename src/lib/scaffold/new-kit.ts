/**
 * `npm run new -- kit <campaign>`: plans a starter kit.yaml for a campaign, in each of its
 * languages, with the organiser as the press contact. A kit.yaml that is there already is
 * never overwritten: it holds the organiser's own texts.
 */
import { join } from 'node:path';
import { argumentProblem, type CommandLine } from '../cli/arguments.ts';
import { existingCampaign } from '../cli/existing-campaign.ts';
import { KitFileExists } from '../errors/catalogue.ts';
import { problem } from '../errors/problem.ts';
import { checkedPlan, refused, type Plan, type ScaffoldContext } from './plan.ts';
import { kitYaml } from './templates.ts';

const COMMAND = 'npm run new -- kit';

/** Plans `new kit`; writes nothing. */
export function planKit(line: CommandLine, context: ScaffoldContext): Plan {
  const campaign = existingCampaign(COMMAND, line.positionals[1], context);
  const problems = Array.isArray(campaign) ? [...campaign] : [];
  if (line.positionals.length > 2)
    problems.push(
      argumentProblem(COMMAND, 'arguments', `unexpected "${line.positionals.slice(2).join(' ')}"`, 'one campaign'),
    );
  if (Array.isArray(campaign) || problems.length) return refused(problems);
  const { folder, config } = campaign;
  if (folder.kit)
    return refused([
      problem(KitFileExists, {
        file: folder.kit.displayPath,
        message: `${folder.id} already has a kit.yaml`,
        expected: 'a campaign without kit.yaml',
      }),
    ]);
  const files = [{ path: join(folder.dir, 'kit.yaml'), text: kitYaml(config) }];
  const next = [
    `Replace the starter text in kit.yaml with your own, in ${config.locales.join(', ')}: messages to post, posters, the press paragraph and the newsletter for parents.`,
    'npm run check reports a message too long for its networks, and a text missing in a language.',
  ];
  return checkedPlan(folder, files, next, context);
}
