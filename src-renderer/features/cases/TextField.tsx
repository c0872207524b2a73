import { useId } from 'react';

type TextFieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  inputMode?: 'numeric' | 'decimal';
  /** Values offered as the person types (a datalist); any other text is still accepted. */
  suggestions?: readonly string[];
};

/** A labelled one-line input; `error` (already translated) is announced and tied to the input. */
export function TextField({ label, value, onChange, error, inputMode, suggestions }: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  const listId = useId();
  const hasSuggestions = suggestions !== undefined && suggestions.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        list={hasSuggestions ? listId : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hasSuggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
