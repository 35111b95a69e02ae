import { describe, expect, it } from 'vitest';
import { synchronousOsr } from '../../../main/engine/synchronousOsr.js';

describe('synchronousOsr', () => {
  it('sets OSR synchronous around the work and back after it, returning its result', () => {
    const calls: string[] = [];
    const result = synchronousOsr(
      () => {
        calls.push('work');
        return 42;
      },
      { execArgv: [], setFlags: (f) => calls.push(f) },
    );
    expect(result).toBe(42);
    expect(calls).toEqual(['--no-concurrent-osr', 'work', '--concurrent-osr']);
  });

  it('sets the flag back when the work throws', () => {
    const calls: string[] = [];
    const fail = () =>
      synchronousOsr(
        () => {
          throw new Error('boom');
        },
        { execArgv: [], setFlags: (f) => calls.push(f) },
      );
    expect(fail).toThrow('boom');
    expect(calls).toEqual(['--no-concurrent-osr', '--concurrent-osr']);
  });

  it('leaves a concurrent-osr flag from the command line alone', () => {
    for (const flag of ['--no-concurrent-osr', '--concurrent_osr']) {
      const calls: string[] = [];
      expect(synchronousOsr(() => 'x', { execArgv: [flag], setFlags: (f) => calls.push(f) })).toBe('x');
      expect(calls).toEqual([]);
    }
  });

  it('runs with the real flag setter', () => {
    let sum = 0;
    expect(
      synchronousOsr(() => {
        for (let i = 0; i < 1e6; i++) sum += i;
        return sum;
      }),
    ).toBe(499999500000);
  });
});
