// Messages between the importer and its parse worker. Errors cross the thread boundary as
// code + message because class instances (ArticleInputError) do not survive structured clone.

import type { ArticleInputDetail, ArticleInputErrorCode } from './input-error';
import type { ParseArticleOptions, ParsedArticle } from './types';

export type ParseWorkerRequest = { kind: 'parse'; raw: string | Uint8Array; options: ParseArticleOptions } | { kind: 'spin-for-test' };

export type ParseWorkerReply =
  | { kind: 'ready' }
  | {
      kind: 'done';
      result:
        | { ok: true; article: ParsedArticle }
        | { ok: false; code: ArticleInputErrorCode; message: string; detail?: ArticleInputDetail | undefined };
    }
  | { kind: 'failed'; message: string };
