import type { AppError } from '../../../shared/result';
import { useErrorText } from './use-error-text';

/** A refused or failed save, shown where it happened; `id` lets the field point at it with aria-describedby. */
export function SaveError({ error, id }: { error: AppError | undefined; id?: string }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errorText(error)}
    </p>
  );
}
