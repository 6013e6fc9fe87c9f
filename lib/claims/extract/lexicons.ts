// The registry of per-language lexicons.
import { lexiconEn } from './lexicon-en';
import { lexiconId } from './lexicon-id';
import type { Lexicon } from './lexicon';
import type { Language } from './types';

export const LEXICONS: Readonly<Record<Language, Lexicon>> = { en: lexiconEn, id: lexiconId };
export const ALL_LEXICONS: readonly Lexicon[] = Object.values(LEXICONS);
