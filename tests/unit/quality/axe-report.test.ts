import { expect, test } from 'vitest';
import { formatAxeViolations } from '../../helpers/quality/axe-report.ts';

test('names the rule, its impact, every failing element and the page', () => {
  const report = formatAxeViolations('http://127.0.0.1:4000/en/', [
    {
      id: 'image-alt',
      impact: 'critical',
      help: 'Images must have alternative text',
      helpUrl: 'https://dequeuniversity.com/rules/axe/4.13/image-alt',
      nodes: [{ target: ['main > img'] }, { target: [['#host', '.inner']] }],
    },
  ]);
  expect(report).toEqual([
    'image-alt (critical) on http://127.0.0.1:4000/en/: Images must have alternative text\n  main > img\n  #host .inner\n  see https://dequeuniversity.com/rules/axe/4.13/image-alt',
  ]);
});
