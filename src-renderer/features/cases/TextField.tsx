import { useId } from 'react';

/** A labelled one-line input; `error` (already translated) is announced and tied to the input. */
export function TextField({ label, value, onChange, error, inputMode }: { label: string; value: string; onChange(value: string): void; error?: string; inputMode?: 'numeric' | 'decimal' }) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
