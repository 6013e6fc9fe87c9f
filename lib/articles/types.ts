// Shared shapes for the article import parser. Kept in one place so the text and HTML
// pipelines, the importer and the CLI all agree on exactly what an import produces.

/** What the importer stores for one article. Every field is null when the source does not say. */
export interface ParsedArticle {
  title: string | null;
  /** The outlet that published this copy, e.g. "Kompas.com". */
  publisher: string | null;
  author: string | null;
  /** ISO 8601 with the source's own UTC offset, e.g. "2020-10-01T15:32:00+07:00". */
  publishedAt: string | null;
  /** The place the story was filed from, as printed ("MOSKWA", "WASHINGTON"). */
  dateline: string | null;
  /** The agency or outlet the story credits when it is not the publisher ("BBC", "Reuters"). */
  originalSource: string | null;
  /** Primary language subtag: "id" or "en" from detection, or the page's declared language. */
  language: string | null;
  /** Article text only: paragraphs separated by a blank line. */
  body: string;
}

export type ArticleInputKind = 'text' | 'html';

export interface ParseArticleOptions {
  /** Skip auto-detection when the caller already knows what it has. */
  kind?: ArticleInputKind;
}

/** Metadata a pipeline stage may or may not have found; merged later by precedence. */
export type ArticleMetadata = Omit<ParsedArticle, 'body'>;
