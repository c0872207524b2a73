// Builds the search index after unlock in short idle slices, so the first list is not kept waiting for it and the
// window stays responsive while it builds. search() does not wait for this: it finishes the index itself if asked
// first (WorkingSet.indexAll), so this only decides when the work happens, never what search returns.
import { toDisposable, type Disposable } from '../../shared/lifecycle';
import type { WorkingSet } from './working-set';

// Short enough that a keystroke landing mid-slice is not noticeably delayed.
const SLICE_MS = 12;

type IdleDeadline = { timeRemaining(): number };
type IdleScheduler = { request(work: (deadline?: IdleDeadline) => void): void; cancel(): void };

// requestIdleCallback where the renderer has it; a zero timeout elsewhere (Node benches, some test DOMs).
function idleScheduler(): IdleScheduler {
  const host = globalThis as { requestIdleCallback?: (cb: (d: IdleDeadline) => void) => number; cancelIdleCallback?: (h: number) => void };
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  if (host.requestIdleCallback && host.cancelIdleCallback) {
    const request = host.requestIdleCallback.bind(host);
    const cancel = host.cancelIdleCallback.bind(host);
    return { request: (work) => void (handle = request(work)), cancel: () => handle !== undefined && cancel(handle as number) };
  }
  return { request: (work) => void (handle = setTimeout(work, 0)), cancel: () => clearTimeout(handle as ReturnType<typeof setTimeout>) };
}

/** Starts indexing what `working` has queued; disposing stops it (the queue stays for search to finish). */
export function indexInBackground(working: WorkingSet): Disposable {
  const scheduler = idleScheduler();
  const slice = (deadline?: IdleDeadline) => {
    const end = performance.now() + Math.max(SLICE_MS, deadline?.timeRemaining() ?? 0);
    if (!working.indexSome(() => performance.now() >= end)) scheduler.request(slice);
  };
  scheduler.request(slice);
  return toDisposable(() => scheduler.cancel());
}
