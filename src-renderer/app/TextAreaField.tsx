import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange(value: string): void;
  rows?: number;
  /** For keys and shares a person copies character by character; prose (summaries, notes) reads in the normal font. */
  code?: boolean;
};

export function TextAreaField({ label, value, onChange, rows = 2, code = false }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} spellCheck={false} className={code ? 'is-code' : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
