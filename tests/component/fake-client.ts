import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload, TamgaClient } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

type Answer<K extends Channel> = (input: ChannelInput<K>) => Result<ChannelOutput<K>> | Promise<Result<ChannelOutput<K>>>;

/** A backend for component tests: each channel answers what the test says, and every call is recorded. */
export function fakeClient(answers: { [K in Channel]?: Answer<K> }) {
  const calls: { channel: Channel; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client: TamgaClient = {
    async invoke(channel, input) {
      calls.push({ channel, input });
      const answer = answers[channel] as Answer<typeof channel> | undefined;
      if (!answer) return { ok: false, error: { code: 'ipc.unknownChannel' } };
      return answer(input as never) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => listeners.get(event)?.forEach((l) => l(payload));
  return { client, calls, emit };
}

export const sampleKeys = { records: 'A'.repeat(43) + '=', index: 'B'.repeat(43) + '=' };
