import type { TamgaClient } from '../../shared/ipc/contract';

const REPORT_EVERY_MS = 30_000;

/**
 * Tells main that a person is at the keyboard, at most every 30 s, so the idle lock counts real idleness and
 * not just silence on the IPC channel. Returns what stops it.
 */
export function reportActivity(client: TamgaClient, target: EventTarget = window, now: () => number = Date.now): () => void {
  let last = 0;
  const onActivity = (): void => {
    const time = now();
    if (time - last < REPORT_EVERY_MS) return;
    last = time;
    void client.invoke('app.activity', {});
  };
  const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const kind of kinds) target.addEventListener(kind, onActivity, { passive: true });
  return () => {
    for (const kind of kinds) target.removeEventListener(kind, onActivity);
  };
}
