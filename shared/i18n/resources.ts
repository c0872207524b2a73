import enCommon from './en/common.json';
import enVault from './en/vault.json';
import enErrors from './en/errors.json';
import enEvidence from './en/evidence.json';
import ruCommon from './ru/common.json';
import ruVault from './ru/vault.json';
import ruErrors from './ru/errors.json';
import ruEvidence from './ru/evidence.json';
import kkCommon from './kk/common.json';
import kkVault from './kk/vault.json';
import kkErrors from './kk/errors.json';
import kkEvidence from './kk/evidence.json';
import type { ErrorCode } from '../errors';

export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];
export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

// A new error code does not compile until English says what it means to a person.
enErrors satisfies Record<ErrorCode, string>;

/** Every string a person reads, by language and area; the renderer and the CLI both read from here. */
export const resources = {
  en: { common: enCommon, vault: enVault, errors: enErrors, evidence: enEvidence },
  ru: { common: ruCommon, vault: ruVault, errors: ruErrors, evidence: ruEvidence },
  kk: { common: kkCommon, vault: kkVault, errors: kkErrors, evidence: kkEvidence },
} as const;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
