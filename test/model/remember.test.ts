import { describe, expect, test } from 'vitest';
import { rememberByIdentity } from '../../src/model/remember';

describe('rememberByIdentity', () => {
  test('answers an argument met again from memory, and an equal but other one afresh', () => {
    let calls = 0;
    const sum = rememberByIdentity((positions: Int32Array) => {
      calls++;
      return { total: positions.reduce((a, b) => a + b, 0) };
    });
    const some = Int32Array.of(1, 2, 3);
    const first = sum(some);
    expect(first.total).toBe(6);
    expect(sum(some)).toBe(first);
    expect(calls).toBe(1);
    const other = sum(Int32Array.of(1, 2, 3));
    expect(other).not.toBe(first);
    expect(other.total).toBe(6);
    expect(calls).toBe(2);
  });
});
