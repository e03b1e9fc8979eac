/**
 * `npm run new -- <campaign|page|toolkit|locale|kit> …`: creates campaign content that builds
 * at once. Every argument is checked and the result is checked as the build would check
 * it before anything is written; on a problem nothing is written and the exit code is 1.
 */
import { relative } from 'node:path';
import { argumentProblem, readCommandLine } from '../lib/cli/arguments.ts';
import { withMdx } from '../lib/model/project.ts';
import type { Problem } from '../lib/errors/problem.ts';
import { formatReport } from '../lib/errors/report.ts';
import { NEW_COMMANDS, newUsage } from '../lib/scaffold/commands.ts';
import { writePlannedFiles } from '../lib/scaffold/write-plan.ts';
import { projectModel } from '../site/project-model.ts';

function refuse(problems: readonly Problem[]): void {
  console.error(`${formatReport(problems, 'in the command')}\n\nNothing was written.`);
  process.exitCode = 1;
}

async function main(args: readonly string[]): Promise<void> {
  const [name] = args;
  if (!name || args.includes('--help') || args.includes('-h')) return console.log(newUsage());
  const command = NEW_COMMANDS[name];
  if (!command)
    return refuse([
      argumentProblem(
        'npm run new',
        '<command>',
        `"${name}" is not a command`,
        `one of: ${Object.keys(NEW_COMMANDS).join(', ')}`,
      ),
    ]);
  const read = readCommandLine(`npm run new -- ${name}`, args, command.options);
  if ('problems' in read) return refuse(read.problems);
  const model = projectModel();
  const campaigns = model.folders.map(withMdx);
  const plan = command.plan(read.line, { ...model.context, campaignsDir: model.campaignsDir, campaigns });
  if (!plan.ok) return refuse(plan.problems);
  writePlannedFiles(plan.files);
  console.log(
    [
      'Written:',
      ...plan.files.map((file) => `  ${relative(process.cwd(), file.path)}`),
      '',
      'Next:',
      ...plan.next.map((step) => `  ${step}`),
    ].join('\n'),
  );
}

await main(process.argv.slice(2));
