// The message catalogues, one JSON file per language in messages/. Pure: no Next imports, so unit
// tests and pure modules (status labels, formatters) read the same words the pages show.
import en from '@/messages/en.json';
import id from '@/messages/id.json';
import type { Locale } from './locales';

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, id };
