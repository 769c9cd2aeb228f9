import { describe, expect, test } from 'vitest';
import { ID_PATTERN, RESOURCES } from '../../src/model/schema';

describe('ID_PATTERN, the one id pattern, read from datapackage.json', () => {
  // Every field that holds or refers to an id: the dashboard checks a URL's id
  // with ID_PATTERN, so a schema whose id fields differ would let it take ids
  // the checker refuses, or refuse ids it accepts.
  const ID_FIELDS = [
    ['sources', 'id'],
    ['claims', 'id'],
    ['claims', 'source_id'],
    ['claims', 'measure'],
    ['measures', 'id'],
    ['measures', 'kind'],
  ] as const;

  test.each(ID_FIELDS)('%s.%s has the pattern ID_PATTERN is compiled from', (table, name) => {
    const field = RESOURCES.find((r) => r.name === table)!.schema.fields.find(
      (f) => f.name === name,
    );
    expect(`^(?:${field?.constraints?.pattern})$`).toBe(ID_PATTERN.source);
  });

  test.each([
    ['us-strikes-libya', true],
    ['claim-2', true],
    ['Us-strikes', false],
    ['-leading', false],
    ['double--hyphen', false],
    ['has space', false],
    ['../etc', false],
    ['', false],
  ])('ID_PATTERN.test(%j) is %s', (id, ok) => {
    expect(ID_PATTERN.test(id)).toBe(ok);
  });
});
