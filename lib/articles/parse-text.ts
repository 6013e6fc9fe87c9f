// The pasted-text pipeline: strip the page chrome, read the byline block and dateline,
// and assemble the article.

import { metadataFromBylines } from './byline-metadata';
import { cleanPastedText } from './clean-pasted-text';
import { detectLanguage } from './detect-language';
import { ArticleInputError } from './input-error';
import { joinParagraphs } from './normalise-text';
import type { ParsedArticle } from './types';

export function parseTextArticle(text: string): ParsedArticle {
  const cleaned = cleanPastedText(text);
  const body = joinParagraphs(cleaned.paragraphs);
  if (body === '') {
    throw new ArticleInputError(
      'no-readable-content',
      'No article text was found: the pasted text holds only site menus, ads, bylines or links. Paste the article itself.',
      { variant: 'paste' },
    );
  }
  const meta = metadataFromBylines(cleaned.bylines, cleaned.dateline);
  return {
    title: cleaned.title,
    publisher: meta.publisher,
    author: meta.author,
    publishedAt: meta.publishedAt,
    dateline: meta.dateline,
    originalSource: meta.originalSource,
    language: detectLanguage(body),
    body,
  };
}
