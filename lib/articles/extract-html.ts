// Finds the article in an HTML page with Mozilla Readability (the Firefox Reader View
// engine) over a linkedom DOM, and returns its text lines plus the page's declared
// metadata. Metadata is read first, because Readability rewrites the document it parses.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlBlockLines } from './html-blocks';
import { assertHtmlWithinLimits } from './html-complexity';
import { cleanAuthor, readHtmlMetadata, type HtmlMetadata } from './html-metadata';
import { normaliseParagraph } from './normalise-text';
import { findPublishedDate } from './published-date';

export interface ExtractedHtml {
  metadata: HtmlMetadata;
  /** Article text lines, '' between blocks; empty when no article was found. */
  lines: string[];
}

// linkedom needs a full document; a fragment such as "<p>...</p>" gets no <html> element.
function asDocumentHtml(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function parseDocument(html: string): Document | null {
  const documentHtml = asDocumentHtml(html);
  // Before any DOM exists: the DOM and Readability are where hostile nesting costs minutes.
  assertHtmlWithinLimits(documentHtml);
  try {
    const { document } = parseHTML(documentHtml);
    return document.documentElement ? document : null;
  } catch {
    return null;
  }
}

function readArticle(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null; // Readability throws on documents it cannot walk; that is "no article".
  }
}

const orNull = (value: string | null | undefined) => normaliseParagraph(value ?? '') || null;

/** Throws ArticleInputError for HTML too deep or too big to be one article (see html-complexity). */
export function extractHtml(html: string): ExtractedHtml {
  const document = parseDocument(html);
  const empty: HtmlMetadata = { title: null, siteName: null, author: null, publishedAt: null, language: null };
  if (!document) return { metadata: empty, lines: [] };
  const declared = readHtmlMetadata(document);
  const article = readArticle(document);
  // Readability also reads bylines and dates from the page body and microdata.
  const metadata: HtmlMetadata = {
    title: declared.title ?? orNull(article?.title),
    siteName: declared.siteName ?? orNull(article?.siteName),
    author: declared.author ?? cleanAuthor(article?.byline),
    publishedAt: declared.publishedAt ?? findPublishedDate(article?.publishedTime ?? '')?.iso ?? null,
    language: declared.language ?? orNull(article?.lang)?.split('-')[0]?.toLowerCase() ?? null,
  };
  const content = article?.content;
  return { metadata, lines: content ? htmlBlockLines(content) : [] };
}
