import { useId } from 'react';

export function TextAreaField({ label, value, onChange, rows = 2 }: { label: string; value: string; onChange(value: string): void; rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
