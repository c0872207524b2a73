import { z } from 'zod';
import { channel } from '../define';
import { CustodyEvent, EvidenceItemRecord, ImportedItem, VerifyReport } from './vault';

const ItemId = z.string().regex(/^[0-9a-f]{32}$/);

export const evidenceChannels = {
  'evidence.list': channel(z.object({}).strict(), z.array(EvidenceItemRecord)),
  /**
   * Import files by path: the Electron window gets paths from its own file picker or a drop; the browser host
   * streams bytes over HTTP instead (see src-main/host/evidence-routes.ts).
   */
  'evidence.importPaths': channel(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(), z.array(ImportedItem)),
  'evidence.verify': channel(z.object({}).strict(), VerifyReport),
  'evidence.custody': channel(z.object({ itemId: ItemId.optional() }).strict(), z.array(CustodyEvent)),
};
