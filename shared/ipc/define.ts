import type { z } from 'zod';

/** One row of the contract: what a channel accepts and what it answers. */
export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  readonly input: I;
  readonly output: O;
};

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> => ({
  input,
  output,
});

export type ChannelTable = Record<string, ChannelSpec>;
