import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../shared/ipc/channels/vault';
import { FileDropZone } from '../evidence/FileDropZone';

type Props = {
  onFiles(files: File[]): void;
  /** Vault items not yet in this case. */
  candidates: readonly ItemRecord[];
  onPick(itemId: string): void;
};

/** Pick, drop or paste new files, or attach something already sealed in the vault. */
export function AttachPanel({ onFiles, candidates, onPick }: Props) {
  const { t } = useTranslation('case-evidence');
  const [picked, setPicked] = useState('');
  const id = useId();

  return (
    <div className="stack">
      <FileDropZone hint={t('attach.hint')} chooseLabel={t('attach.choose')} onFiles={onFiles} />
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
