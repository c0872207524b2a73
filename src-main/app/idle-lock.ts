import type { Disposable } from '../../shared/lifecycle';

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/**
 * Locks the vault after a stretch with no sign of a person at the keyboard. The clock is injected so tests
 * advance time instead of sleeping.
 */
export class IdleLock implements Disposable {
  private handle: unknown;

  constructor(
    private readonly minutes: () => number,
    private readonly onIdle: () => void,
    private readonly timers: Timers = { setTimeout: (fn, ms) => setTimeout(fn, ms).unref(), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  ) {}

  /** Restart the countdown; call on every sign of activity. */
  touch(): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      this.onIdle();
    }, this.minutes() * 60_000);
  }

  stop(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
