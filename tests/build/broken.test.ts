import { beforeAll, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('broken');
});

test('bad content stops the build with exit code 1 and no stack trace', () => {
  expect(build.status).toBe(1);
  expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(build.exists('index.html')).toBe(false);
});

test('one run reports every problem, each with file, line, field, expectation and fix', () => {
  expect(build.output).toContain('sidkit found 21 error(s)');
  expect(build.output).toMatch(
    /✖ File is not valid YAML {2}\(tests\/fixtures\/broken\/campaigns\/bad-yaml\/campaign\.yaml:3:1\)/,
  );
  expect(build.output).toMatch(
    /✖ Invalid date {2}\(.*bad-values\/campaign\.yaml:3\)\n\s+field: +date\n\s+problem: +"2027-02-30" is not a real calendar date/,
  );
  expect(build.output).toMatch(/✖ Unknown locale {2}\(.*bad-values\/campaign\.yaml:5\)\n\s+field: +locales\.1/);
  expect(build.output).toMatch(/✖ Unknown locale {2}\(.*bad-values\/de\/index\.mdx\)/);
  expect(build.output).toMatch(/✖ Two pages share one URL {2}\(.*dupes\/en\/about\/index\.mdx:1\)/);
  expect(build.output).toMatch(/fix: +Rename or move one of the files/);
  expect(build.output).toMatch(/✖ Unknown component {2}\(.*bad-mdx\/en\/index\.mdx:12:1\)\n\s+field: +<Marquee>/);
  expect(build.output).toMatch(/bad-mdx\/en\/index\.mdx:6:\d+\)\n\s+field: +para\n\s+problem: .*90/);
  expect(build.output).toMatch(
    /✖ Term that child rights guidance asks to avoid {2}\(.*bad-terms\/en\/index\.mdx:6\)\n\s+problem: +found "Child pornography"\n\s+expected: +"child sexual abuse material" \(A\/HRC\/28\/56, para\. 29\)/,
  );
});
