import { describe, expect, it } from 'vitest';
import { forgetOnLock } from '../../../src-renderer/app/forget-on-lock';
import { useEvidence } from '../../../src-renderer/features/evidence/evidence-store';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { makeRecordKeys } from '../records/record-test-kit';

describe('forgetOnLock', () => {
  it('empties the evidence list when the vault locks, whatever locked it', async () => {
    const binding = forgetOnLock();
    useSession.setState({ keys: await makeRecordKeys(), screen: 'evidence' });
    useEvidence.setState({
      items: [{ id: 'a'.repeat(32), blobId: 'b'.repeat(32), sha256: 'c'.repeat(64), size: 3, originalName: 'протокол.pdf', importedAt: '2026-01-01T00:00:00.000Z' }],
    });
    useSession.getState().locked('idle');
    expect(useEvidence.getState().items).toEqual([]);
    binding.dispose();
  });
});
