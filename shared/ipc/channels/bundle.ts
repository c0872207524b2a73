import { z } from 'zod';
import { channel } from '../define';

const Id = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * A plain file name for <dataDir>/exports/: no folders, no leading dot (temp files start with one), no characters
 * Windows refuses, ending in .zip. Where it goes is main's decision, never the renderer's.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must refuse
const BundleFileName = z.string().regex(/^[^./\\:*?"<>|\u0000-\u001f][^/\\:*?"<>|\u0000-\u001f]{0,119}\.zip$/);

export const bundleChannels = {
  /** Writes an evidence bundle (ARCHITECTURE.md §4); `cases` is what the renderer disclosed under each person's consent. */
  'bundle.export': channel(
    z.object({ itemIds: z.array(Id).min(1).max(65_000), cases: z.unknown().optional(), fileName: BundleFileName }).strict(),
    z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bundleId: Id }),
  ),
};
