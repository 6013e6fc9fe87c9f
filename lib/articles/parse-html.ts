// The HTML pipeline: Readability finds the article, the shared cleaning pass removes the
// chrome it lets through ("Baca juga" links, bylines), and declared metadata is preferred
// over what the text suggests.

import { metadataFromBylines } from './byline-metadata';
import { cleanBody, countOccurrences, markFurniture, toPageLines } from './clean-body';
import { parseDateline } from './dateline';
import { detectLanguage } from './detect-language';
import { extractHtml } from './extract-html';
import { ArticleInputError } from './input-error';
import { joinParagraphs, wordCount } from './normalise-text';
import { canonicalOutletName } from './outlet-names';
import type { ParsedArticle } from './types';

// Below this, what Readability found is a menu or a cookie notice, not an article.
const MIN_ARTICLE_WORDS = 10;
const MIN_PARAGRAPH_WORDS = 5;
// A photo caption or standfirst may sit above the dateline paragraph.
const DATELINE_SEARCH_PARAGRAPHS = 3;

function hasReadableText(paragraphs: readonly string[]): boolean {
  const words = paragraphs.reduce((total, paragraph) => total + wordCount(paragraph), 0);
  return words >= MIN_ARTICLE_WORDS && paragraphs.some((paragraph) => wordCount(paragraph) >= MIN_PARAGRAPH_WORDS);
}

export function parseHtmlArticle(html: string): ParsedArticle {
  const { metadata, lines: extracted } = extractHtml(html);
  // Readability keeps the headline in the content; it is the title, not a paragraph.
  const lines = toPageLines(extracted).filter((line) => line.text !== metadata.title);
  const body = cleanBody(lines, markFurniture(lines), countOccurrences(lines));
  if (!hasReadableText(body.paragraphs)) throw new ArticleInputError('no-readable-content');

  const dateline =
    body.paragraphs
      .slice(0, DATELINE_SEARCH_PARAGRAPHS)
      .map(parseDateline)
      .find((found) => found !== null) ?? null;
  const statedPublisher = metadata.siteName === null ? null : canonicalOutletName(metadata.siteName);
  const fromText = metadataFromBylines(body.bylines, dateline, statedPublisher);
  const text = joinParagraphs(body.paragraphs);
  return {
    title: metadata.title,
    publisher: fromText.publisher,
    author: metadata.author ?? fromText.author,
    publishedAt: metadata.publishedAt ?? fromText.publishedAt,
    dateline: fromText.dateline,
    originalSource: fromText.originalSource,
    language: detectLanguage(text) ?? metadata.language,
    body: text,
  };
}
