import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  accept: string;
  disabled?: boolean;
  /** Id of a hint below the field, read with the button. */
  describedBy?: string;
  onFile(file: File): void;
};

/**
 * One file, chosen with a button that reads in the app's language. A bare file input prints Chromium's own
 * "Choose File" and "No file chosen" in the browser's language, so a Russian or Kazakh screen showed English.
 */
export function FileField({ label, accept, disabled = false, describedBy, onFile }: Props) {
  const { t } = useTranslation('common');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string>();
  return (
    <div className="field">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <div className="file-field">
        <button type="button" disabled={disabled} aria-describedby={[`${id}-label`, `${id}-chosen`, describedBy].filter(Boolean).join(' ')} onClick={() => input.current?.click()}>
          {t('file.choose')}
        </button>
        <span id={`${id}-chosen`} className="muted">
          {chosen ?? t('file.none')}
        </span>
      </div>
      <input
        ref={input}
        id={id}
        type="file"
        hidden
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again, after fixing it, is read again.
          event.target.value = '';
          if (!file) return;
          setChosen(file.name);
          onFile(file);
        }}
      />
    </div>
  );
}
