import type { ChannelInput, ChannelOutput, Channel, EventName, EventPayload, TamgaClient } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

type Pending = (result: Result<unknown>) => void;

/**
 * The browser host's transport: the same contract over a loopback WebSocket. Calls made before the socket
 * opens wait for it; a dropped socket answers every waiting call with an error instead of hanging.
 */
export function createSocketClient(url: string): TamgaClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  const socket = new WebSocket(url);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('socket')), { once: true });
  });
  socket.addEventListener('message', (message: MessageEvent<string>) => {
    const frame = JSON.parse(message.data) as { id?: number; result?: Result<unknown>; event?: string; payload?: unknown };
    if (frame.id !== undefined && frame.result) {
      pending.get(frame.id)?.(frame.result);
      pending.delete(frame.id);
    } else if (frame.event) {
      for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload);
    }
  });
  socket.addEventListener('close', () => {
    for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal' } });
    pending.clear();
  });

  return {
    async invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> {
      try {
        await opened;
      } catch {
        return { ok: false, error: { code: 'internal' } };
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as Pending);
        socket.send(JSON.stringify({ id, channel, input }));
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
