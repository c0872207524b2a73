import { z } from 'zod';
import { channel } from '../define';
import { CustodyEvent, EvidenceItemRecord, ImportedItem, VerifyReport } from './vault';

const ItemId = z.string().regex(/^[0-9a-f]{32}$/);

export const evidenceChannels = {
  'evidence.list': channel(z.object({}).strict(), z.array(EvidenceItemRecord)),
  /**
   * Import files the person picked or dropped in the Electron window, by the one-time handles main granted for
   * them (src-main/evidence/file-grants.ts); never by path. The browser host streams bytes over HTTP instead and
   * does not offer this channel.
   */
  'evidence.importGranted': channel(z.object({ handles: z.array(z.string().regex(/^[0-9a-f]{32}$/)).min(1).max(10_000) }).strict(), z.array(ImportedItem)),
  'evidence.verify': channel(z.object({}).strict(), VerifyReport),
  'evidence.custody': channel(z.object({ itemId: ItemId.optional() }).strict(), z.array(CustodyEvent)),
};
