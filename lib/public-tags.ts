// Cache tags of the reader pages. Publishing, correcting or unpublishing a claim expires exactly
// the tags of the pages it appears on: its verdict page, the public index, its sources' records.
export const publicTags = {
  claim: (id: string) => `claim:${id}`,
  list: 'claims:list',
  source: (id: string) => `source:${id}`,
  /** The public site's texts (about, methodology, corrections policy, logo): lib/data/site-settings.ts. */
  siteSettings: 'site-settings',
} as const;

/** The tags of a claim's pages: its verdict, the index, and the record of every source it is attributed to. */
export function tagsForClaim(claimId: string, attributions: readonly { sourceId: string | null }[]): string[] {
  const sourceIds = new Set(attributions.flatMap((a) => (a.sourceId ? [a.sourceId] : [])));
  return [publicTags.claim(claimId), publicTags.list, ...[...sourceIds].map(publicTags.source)];
}
