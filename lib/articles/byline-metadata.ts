// Turns the byline lines and dateline found in a story into article metadata, deciding
// which outlet published the copy and which agency, if any, it credits.

import type { BylineLine } from './byline';
import type { Dateline } from './dateline';
import { canonicalOutletName, isSameOutlet } from './outlet-names';
import type { ArticleMetadata } from './types';

export type BylineMetadata = Pick<ArticleMetadata, 'author' | 'publishedAt' | 'publisher' | 'originalSource' | 'dateline'>;

function firstOf<K extends BylineLine['kind']>(bylines: readonly BylineLine[], kind: K) {
  return bylines.find((line): line is Extract<BylineLine, { kind: K }> => line.kind === kind);
}

/**
 * Publisher: the outlet in the dateline ("KOMPAS.com"), then the one beside the date, a lone
 * outlet line, or a byline affiliation. Original source: an explicit "Sumber"/"Source" line,
 * then an agency in the dateline ("(Reuters)"), then a byline affiliation, dropped when it
 * is the publisher itself.
 */
export function metadataFromBylines(
  bylines: readonly BylineLine[],
  dateline: Dateline | null,
  /** A publisher the page states outright (HTML og:site_name), which wins over guesses. */
  statedPublisher: string | null = null,
): BylineMetadata {
  const author = firstOf(bylines, 'author');
  const dates = bylines.filter((line): line is Extract<BylineLine, { kind: 'date' }> => line.kind === 'date');
  const published = dates.find((date) => !date.isUpdate) ?? dates[0];
  const datePublisher = dates.find((date) => date.publisher !== null)?.publisher ?? null;
  const outletLine = firstOf(bylines, 'outlet')?.name ?? null;
  const affiliation = author?.affiliation ?? null;

  // The dateline often shouts the outlet ("WARTA UJI"); the date line prints it as the outlet writes it.
  const datelineOutlet = dateline?.publisher ?? null;
  const fromDateline =
    datelineOutlet !== null && datePublisher !== null && isSameOutlet(datelineOutlet, datePublisher) ? datePublisher : datelineOutlet;
  const publisherName = statedPublisher ?? fromDateline ?? datePublisher ?? outletLine ?? affiliation;
  const publisher = publisherName === null ? null : canonicalOutletName(publisherName);
  const credited = firstOf(bylines, 'source')?.source ?? dateline?.agency ?? affiliation;
  const originalSource = credited !== null && publisher !== null && isSameOutlet(credited, publisher) ? null : credited;

  return {
    author: author?.name ?? null,
    publishedAt: published?.iso ?? null,
    publisher,
    originalSource,
    dateline: dateline?.place ?? null,
  };
}
