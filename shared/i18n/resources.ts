import en from './en';
import ru from './ru';
import kk from './kk';
import type { ErrorCode } from '../errors';

export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];
export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

// A new error code does not compile until English says what it means to a person.
en.errors satisfies Record<ErrorCode, string>;

/** Every string a person reads, by language and area; the renderer and the CLI both read from here. */
export const resources = { en, ru, kk } as const;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
