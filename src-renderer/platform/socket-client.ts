import type { ChannelInput, ChannelOutput, Channel, EventName, EventPayload, TamgaClient } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

type Pending = (result: Result<unknown>) => void;

/** Where to connect; undefined when the page has no way in (no session), which every call then reports. */
export type SocketTarget = { url: string; protocols?: string[] };

/**
 * The browser host's transport: the same contract over a loopback WebSocket. The target may arrive later (the
 * page first trades its launch token for a session); calls made before the socket opens wait for it, and a
 * socket that cannot open or drops answers every waiting call with an error instead of hanging.
 */
export function createSocketClient(target: SocketTarget | undefined | Promise<SocketTarget | undefined>, onLost: () => void = () => undefined): TamgaClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  const lost = (): void => {
    for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal' } });
    pending.clear();
    onLost();
  };

  const opened = Promise.resolve(target).then(
    (where) =>
      new Promise<WebSocket>((resolve, reject) => {
        if (!where) return reject(new Error('no session'));
        const socket = new WebSocket(where.url, where.protocols);
        socket.addEventListener('open', () => resolve(socket), { once: true });
        socket.addEventListener('error', () => reject(new Error('socket')), { once: true });
        socket.addEventListener('message', (message: MessageEvent<string>) => {
          const frame = JSON.parse(message.data) as { id?: number; result?: Result<unknown>; event?: string; payload?: unknown };
          if (frame.id !== undefined && frame.result) {
            pending.get(frame.id)?.(frame.result);
            pending.delete(frame.id);
          } else if (frame.event) {
            for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload);
          }
        });
        socket.addEventListener('close', lost);
      }),
  );
  opened.catch(lost);

  return {
    async invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> {
      let socket: WebSocket;
      try {
        socket = await opened;
      } catch {
        return { ok: false, error: { code: 'internal' } };
      }
      if (socket.readyState !== WebSocket.OPEN) return { ok: false, error: { code: 'internal' } };
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
