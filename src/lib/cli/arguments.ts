/**
 * The command line of sidkit's own commands (src/cli/), read with node:util's parseArgs;
 * a mistake in it becomes a catalogued problem like any content problem, so every command
 * reports in the one shared format.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandInvalid } from '../errors/catalogue.ts';
import { problem, type Problem, type ProblemKind } from '../errors/problem.ts';

/** The options a command takes, as parseArgs describes them. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** A command line as read: option values by name, and the other arguments in order. */
export interface CommandLine {
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  positionals: string[];
}

/**
 * A problem with an argument of `command` (e.g. `npm run new -- campaign`): reports group
 * problems by file, and an argument's "file" is the command it was given to.
 */
export function argumentProblem(
  command: string,
  field: string,
  message: string,
  expected?: string,
  kind: ProblemKind = CommandInvalid,
): Problem {
  return problem(kind, { file: command, field, message, ...(expected ? { expected } : {}) });
}

/** Reads `args` against `options`; an unknown option or a missing value is a problem, not an exception. */
export function readCommandLine(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): { line: CommandLine } | { problems: Problem[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { line: { values, positionals } };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    const known = Object.keys(options)
      .map((name) => `--${name}`)
      .join(', ');
    return { problems: [argumentProblem(command, 'options', message, `options: ${known}`)] };
  }
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(line: CommandLine, name: string): string | undefined {
  const value = line.values[name];
  return typeof value === 'string' ? value : undefined;
}
