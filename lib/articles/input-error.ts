// Typed failures for article import. The importer UI and the CLI show `message` to people
// as is, so every message says what is wrong and what to do about it.

export type ArticleInputErrorCode =
  'empty' | 'too-large' | 'binary' | 'not-utf8' | 'no-readable-content' | 'too-complex' | 'too-slow' | 'busy';

export const MAX_ARTICLE_BYTES = 1_048_576;

const MESSAGES: Record<ArticleInputErrorCode, string> = {
  empty: 'The article is empty: paste or upload the text of a news article.',
  'too-large': 'The article is larger than 1 MB; import a single article, not a whole site or archive.',
  binary: 'The file looks binary (for example a PDF, image or Word file), not text: save the article as plain text or HTML first.',
  'not-utf8':
    'The text is not valid UTF-8 (it contains bytes or replacement characters from a bad conversion): save it as UTF-8 and try again.',
  'no-readable-content':
    'No article text was found: the page seems to hold only navigation, ads or scripts. Paste the article text instead.',
  'too-complex': 'The HTML is too complex to be a single news page (too deeply nested or too many tags): paste the article text instead.',
  'too-slow': 'Reading this page took too long and was stopped: paste the article text instead.',
  busy: 'Other imports are being read right now: try again in a moment.',
};

/** Which case of a code it is, and its limit: the desk says it from the catalogues (ImportError.<code>-<variant>). */
export interface ArticleInputDetail {
  variant: 'depth' | 'nodes' | 'memory' | 'paste';
  limit?: number;
}

export class ArticleInputError extends Error {
  readonly code: ArticleInputErrorCode;
  readonly detail: ArticleInputDetail | undefined;

  constructor(code: ArticleInputErrorCode, message: string = MESSAGES[code], detail?: ArticleInputDetail) {
    super(message);
    this.name = 'ArticleInputError';
    this.code = code;
    this.detail = detail;
  }
}

export function isArticleInputError(value: unknown): value is ArticleInputError {
  return value instanceof ArticleInputError;
}
