import { coerceError, type Result } from '../result';
import { contract, isChannel, type Channel, type ChannelOutput, type Handlers } from './contract';

/**
 * Validates a call against the contract, runs its handler and validates the answer. Every transport (Electron
 * IPC, the browser host's WebSocket) goes through here, so an invalid payload gets a typed error, never a crash.
 */
export async function dispatch(
  handlers: Handlers,
  channelName: unknown,
  rawInput: unknown,
  log?: (error: unknown) => void,
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) return { ok: false, error: { code: 'ipc.unknownChannel' } };
  const spec = contract[channelName];
  const input = spec.input.safeParse(rawInput);
  if (!input.success) {
    return { ok: false, error: { code: 'ipc.invalidInput', details: { channel: channelName, issue: input.error.issues[0]?.path.join('.') ?? '' } } };
  }
  try {
    const handler = handlers[channelName] as (input: unknown) => Promise<ChannelOutput<Channel>>;
    const output = spec.output.safeParse(await handler(input.data));
    if (!output.success) {
      log?.(output.error);
      return { ok: false, error: { code: 'ipc.invalidOutput', details: { channel: channelName } } };
    }
    return { ok: true, value: output.data };
  } catch (error) {
    return { ok: false, error: coerceError(error, log) };
  }
}
