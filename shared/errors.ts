/**
 * Stable error codes. Each is also the i18n key of the message a person reads
 * (shared/i18n/<lang>/errors.json); the CLI prints the same sentence.
 */
export const errorCodes = [
  'internal',
  'ipc.invalidInput',
  'ipc.invalidOutput',
  'ipc.unknownChannel',
  'ipc.forbiddenSender',
  'vault.missing',
  'vault.exists',
  'vault.locked',
  'vault.wrongPassphrase',
  'vault.wrongRecoveryKey',
  'vault.corruptHeader',
  'vault.unsupportedFormat',
  'vault.weakKdfParameters',
  'vault.passphraseEmpty',
  'vault.passphraseMismatch',
  'vault.wipeNotConfirmed',
  'blob.missing',
  'blob.corrupt',
  'blob.truncated',
  'item.missing',
  'custody.broken',
  'cli.usage',
  'evidence.cancelled',
  'vault.setPassphraseNotAllowed',
  'item.hashMismatch',
  'item.sourceUnreadable',
  'records.unreadable',
  'records.invalid',
  'records.missing',
  'date.unrecognised',
  'date.impossible',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const isErrorCode = (value: string): value is ErrorCode => (errorCodes as readonly string[]).includes(value);
