import { z } from 'zod';
import type { AppError, Result } from '../result';
import type { ChannelTable } from './define';
import { appChannels } from './channels/app';
import { vaultChannels } from './channels/vault';
import { evidenceChannels } from './channels/evidence';
import { bundleChannels } from './channels/bundle';
import { recordsChannels } from './channels/records';

/**
 * The one channel table (invariant I2). Main registers handlers from it and nowhere else; the preload and the
 * browser host expose the same typed client. A channel that is not here does not exist.
 */
export const contract = {
  ...appChannels,
  ...vaultChannels,
  ...evidenceChannels,
  ...bundleChannels,
  ...recordsChannels,
} satisfies ChannelTable;

/** Pushed from main to the renderer. */
export const events = {
  'vault.locked': z.object({ reason: z.enum(['user', 'idle', 'sleep', 'wipe', 'elsewhere']) }),
  /** Another window claimed the record journal: only `writer` may save from now on. */
  'records.writerChanged': z.object({ writer: z.string() }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends Channel> = z.output<Contract[K]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** What main implements: one async function per channel; thrown TamgaErrors become typed results. */
export type Handlers = { [K in Channel]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> };

/** What the renderer holds: every call answers a Result, never a thrown transport error. */
export interface TamgaClient {
  invoke<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);
export type { AppError };
