import type { ErrorCode } from './errors';

export type AppError = { code: ErrorCode; details?: Record<string, string | number> };
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, details?: AppError['details']): Result<never> => ({
  ok: false,
  error: details ? { code, details } : { code },
});

/** An error thrown inside a module that already knows which stable code it maps to. */
export class TamgaError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: AppError['details'],
  ) {
    super(code);
    this.name = 'TamgaError';
  }
}

/** The one place unknown exceptions become an AppError; the stack goes to the log, never to the screen. */
export function coerceError(error: unknown, log: (e: unknown) => void = (e) => console.error(e)): AppError {
  if (error instanceof TamgaError) return error.details ? { code: error.code, details: error.details } : { code: error.code };
  log(error);
  return { code: 'internal' };
}
