/** Layout reads gathered into one batch, run after the DOM writes of the moment. */
import { describe, expect, test } from 'vitest';
import { readBeforePaint } from '../../src/app/components/chart/before-paint';

describe('readBeforePaint', () => {
  test('runs the reads later, together and in order, not when asked', async () => {
    const log: string[] = [];
    readBeforePaint(() => log.push('a'));
    readBeforePaint(() => log.push('b'));
    log.push('asked');
    await Promise.resolve();
    expect(log).toEqual(['asked', 'a', 'b']);
  });

  test('a read cancelled before its turn does not run', async () => {
    const log: string[] = [];
    const cancel = readBeforePaint(() => log.push('cancelled'));
    readBeforePaint(() => log.push('kept'));
    cancel();
    await Promise.resolve();
    expect(log).toEqual(['kept']);
  });

  test('a read asked for by a read runs in the next batch, not lost', async () => {
    const log: string[] = [];
    readBeforePaint(() => {
      log.push('first');
      readBeforePaint(() => log.push('second'));
    });
    await Promise.resolve();
    expect(log).toEqual(['first']);
    await Promise.resolve();
    expect(log).toEqual(['first', 'second']);
  });
});
