import { describe, expect, it } from 'vitest';
import { IdleLock, type Timers } from '../../../../src-main/app/idle-lock';

/** A clock tests advance by hand instead of sleeping. */
function manualTimers() {
  let now = 0;
  let nextId = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(++nextId, { at: now + ms, fn });
      return nextId;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending]) {
      if (timer.at > now) continue;
      pending.delete(id);
      timer.fn();
    }
  };
  return { timers, advance };
}

describe('IdleLock', () => {
  it('locks once the configured minutes pass without activity', () => {
    const { timers, advance } = manualTimers();
    let locks = 0;
    const idle = new IdleLock(() => 10, () => locks++, timers);
    idle.touch();
    advance(9 * 60_000);
    expect(locks).toBe(0);
    advance(60_000);
    expect(locks).toBe(1);
  });

  it('restarts the countdown on activity and stops when disposed', () => {
    const { timers, advance } = manualTimers();
    let locks = 0;
    const idle = new IdleLock(() => 1, () => locks++, timers);
    idle.touch();
    advance(50_000);
    idle.touch();
    advance(50_000);
    expect(locks).toBe(0);
    idle.dispose();
    advance(10 * 60_000);
    expect(locks).toBe(0);
  });
});
