import { useEffect, useState } from 'react';
import type { KnownSenders } from '../../../shared/ipc/channels/bundle';
import type { AppError } from '../../../shared/result';
import { tamga } from '../../platform/tamga-client';
import { useSendersVersion } from './senders-version';

/**
 * This device's identity and the senders it trusts, read from main when shown and again whenever they change
 * elsewhere (a sender confirmed while receiving). `setKnown` takes the list main answered after an edit here.
 */
export function useKnownSenders(): { known?: KnownSenders; setKnown(known: KnownSenders): void; loadError?: AppError } {
  const [known, setKnown] = useState<KnownSenders>();
  const [loadError, setLoadError] = useState<AppError>();
  const version = useSendersVersion((state) => state.version);
  useEffect(() => {
    let live = true;
    void tamga()
      .invoke('bundle.senders', {})
      .then((result) => {
        if (!live) return;
        if (result.ok) setKnown(result.value);
        else setLoadError(result.error);
      });
    return () => {
      live = false;
    };
  }, [version]);
  return { known, setKnown, loadError };
}
