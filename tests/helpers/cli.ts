/** Runs one of sidkit's own commands (src/cli/) the way npm runs it, for tests of their output and exit codes. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { childProcessEnv } from './child-env.ts';

const root = resolve(import.meta.dirname, '../..');

/** What a command printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/<name>.ts` with the project's Node 22, from the project root. */
export function runCli(name: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'src/cli', `${name}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...childProcessEnv(),
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
