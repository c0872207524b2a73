import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../shared/ipc/channels/vault';

type Props = {
  onFiles(files: File[]): void;
  /** Vault items not yet in this case. */
  candidates: readonly ItemRecord[];
  onPick(itemId: string): void;
};

// A pasted screenshot arrives as "image.png" (or nameless); name it so it can be told apart in the case.
const namePasted = (files: File[]): File[] => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return files.map((file, i) => (file.name && file.name !== 'image.png' ? file : new File([file], `pasted-${stamp}-${i + 1}.png`, { type: file.type })));
};

/** Pick, drop or paste new files, or attach something already sealed in the vault. */
export function AttachPanel({ onFiles, candidates, onPick }: Props) {
  const { t } = useTranslation('case-evidence');
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);
  const [picked, setPicked] = useState('');
  const id = useId();

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(namePasted(files));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onFiles]);

  return (
    <div className="stack">
      <div
        className={`drop-zone${isOver ? ' is-over' : ''}`}
        data-testid="case-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const files = [...event.dataTransfer.files];
          if (files.length > 0) onFiles(files);
        }}
      >
        <p id={`${id}-hint`}>{t('attach.hint')}</p>
        <button type="button" className="primary" aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
          {t('attach.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('attach.choose')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      {candidates.length > 0 && (
        <div className="row">
          <label className="field" htmlFor={`${id}-vault`}>
            <span>{t('attach.fromVault')}</span>
            <select id={`${id}-vault`} value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">{t('attach.pickItem')}</option>
              {candidates.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.originalName} · {item.sha256.slice(0, 8)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!picked}
            onClick={() => {
              onPick(picked);
              setPicked('');
            }}
          >
            {t('attach.attachPicked')}
          </button>
        </div>
      )}
    </div>
  );
}
