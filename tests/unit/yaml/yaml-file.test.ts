import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { FactFieldInvalid } from '../../../src/lib/errors/catalogue.ts';
import { readYamlFile } from '../../../src/lib/yaml/yaml-file.ts';

// Found by tests/unit/fuzz/: an alias to an anchor never set threw a ReferenceError out of the content check.
test('an alias to an anchor that is never set is a YAML problem at its line, not a crash', () => {
  const { data, problems } = readYamlFile('facts.yaml', '# facts\n- id: *anchor\n  value: 1\n', z.array(z.unknown()), {
    kind: FactFieldInvalid,
  });
  expect(data).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      name: 'YamlSyntax',
      file: 'facts.yaml',
      line: 2,
      message: expect.stringContaining('anchor'),
    }),
  ]);
});
