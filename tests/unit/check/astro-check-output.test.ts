import { expect, test } from 'vitest';
import { parseAstroCheckOutput } from '../../../src/lib/check/astro-check-output.ts';

// What `astro check --minimumSeverity warning` prints (TypeScript colours it whatever the environment says).
const e = '\u001b';
const output = [
  '20:30:28 [types] Generated 114ms',
  '20:30:28 [check] Getting diagnostics for Astro files in /work/main...',
  `${e}[96msrc/lib/bad.ts${e}[0m:${e}[93m3${e}[0m:${e}[93m12${e}[0m - ${e}[91merror${e}[0m${e}[90m ts(2339): ${e}[0mProperty 'nope' does not exist on type 'string'.`,
  '',
  `${e}[7m3${e}[0m   return a.nope();`,
  `${e}[7m ${e}[0m ${e}[91m           ~~~~${e}[0m`,
  `${e}[96msrc/pages/index.astro${e}[0m:${e}[93m2${e}[0m:${e}[93m7${e}[0m - ${e}[91merror${e}[0m${e}[90m ts(2322): ${e}[0mType '{ a: string; }' is not assignable to type 'Props'.`,
  "  Property 'b' is missing in type '{ a: string; }' but required in type 'Props'.",
  '',
  `${e}[7m2${e}[0m <Card a="x" />`,
  '',
  `${e}[96msrc/site/old.ts${e}[0m:${e}[93m9${e}[0m:${e}[93m1${e}[0m - ${e}[93mwarning${e}[0m${e}[90m ts(6385): ${e}[0m'substr' is deprecated.`,
  '',
  'Result (175 files): ',
  '- 2 errors',
  '- 1 warning',
].join('\n');

test('every diagnostic becomes a problem at its file, line and column, with the whole message', () => {
  const { problems, files } = parseAstroCheckOutput(output);
  expect(files).toBe(175);
  expect(problems.map((p) => [p.name, p.severity, p.file, p.line, p.column, p.field])).toEqual([
    ['TypeCheckError', 'error', 'src/lib/bad.ts', 3, 12, 'ts(2339)'],
    ['TypeCheckError', 'error', 'src/pages/index.astro', 2, 7, 'ts(2322)'],
    ['TypeCheckError', 'warning', 'src/site/old.ts', 9, 1, 'ts(6385)'],
  ]);
  expect(problems[1]?.message).toBe(
    "Type '{ a: string; }' is not assignable to type 'Props'. Property 'b' is missing in type '{ a: string; }' but required in type 'Props'.",
  );
});

test('a run that stopped early has no file count', () => {
  expect(parseAstroCheckOutput('[ERROR] Cannot find module\n')).toEqual({ problems: [], files: undefined });
});
