import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidence } from './evidence-store';

/** Pick, drop or paste: a screenshot pasted from the clipboard becomes a PNG evidence item. */
export function DropZone() {
  const { t } = useTranslation('evidence');
  const importFiles = useEvidence((s) => s.importFiles);
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      void importFiles(files.map((file, i) => (file.name && file.name !== 'image.png' ? file : new File([file], `pasted-${stamp}-${i + 1}.png`, { type: file.type }))));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [importFiles]);

  return (
    <div
      className={`drop-zone${isOver ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void importFiles([...event.dataTransfer.files]);
      }}
    >
      <p id={hintId}>{t('dropHint')}</p>
      <button type="button" className="primary" aria-describedby={hintId} onClick={() => input.current?.click()}>
        {t('choose')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t('choose')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
    </div>
  );
}
