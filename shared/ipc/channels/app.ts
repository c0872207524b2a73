import { z } from 'zod';
import { channel } from '../define';

export const AppInfo = z.object({
  name: z.literal('Tamga'),
  version: z.string(),
  /** Which transport the renderer is talking over; the UI shows it so a tester knows where they are. */
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = {
  'app.info': channel(z.object({}).strict(), AppInfo),
  /** The renderer reports that a person is at the keyboard, so main can lock after real idleness (throttled). */
  'app.activity': channel(z.object({}).strict(), z.object({})),
};
