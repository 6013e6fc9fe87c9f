// Cache tags of the reader pages. Publishing, correcting or unpublishing a claim expires exactly
// the tags of the pages it appears on: its verdict page, the public index, its source's record.
export const publicTags = {
  claim: (id: string) => `claim:${id}`,
  list: 'claims:list',
  source: (id: string) => `source:${id}`,
} as const;

export function tagsForClaim(claim: { id: string; sourceId: string | null }): string[] {
  return [publicTags.claim(claim.id), publicTags.list, ...(claim.sourceId ? [publicTags.source(claim.sourceId)] : [])];
}
