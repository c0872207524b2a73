import { z } from 'zod';

/** Frames carried over the browser host's WebSocket; a frame that does not parse is dropped. */
export const RequestFrame = z.object({ id: z.number().int().nonnegative(), channel: z.string().max(100), input: z.unknown() }).strict();
export type RequestFrame = z.infer<typeof RequestFrame>;

export type ResponseFrame = { id: number; result: unknown };
export type EventFrame = { event: string; payload: unknown };

/** Electron IPC names: one invoke channel per contract row, prefixed, and one channel for pushed events. */
export const ELECTRON_CHANNEL_PREFIX = 'tamga:';
export const ELECTRON_EVENT_CHANNEL = 'tamga:event';
export const ELECTRON_FILES_CHANNEL = 'tamga-files:register'; // preload only: paths of files the person picked or dropped
