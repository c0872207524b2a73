import { useEffect, useState } from 'react';

/**
 * A URL for the image element: the item URL as given, or, for bytes already in memory, a blob: URL that lives in
 * this tab's memory and is revoked on unmount (never written anywhere, I5).
 */
export function useObjectUrl(source: string | Uint8Array, type: string | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(typeof source === 'string' ? source : undefined);
  useEffect(() => {
    if (typeof source === 'string') return setUrl(source);
    const made = URL.createObjectURL(new Blob([source.slice()], type ? { type } : {}));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [source, type]);
  return url;
}
