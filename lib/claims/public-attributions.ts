// Which of a claim's attributions a reader page names when it can name only one, and the sources
// a verdict page links to. Pure; the same rule as ClaimReview's author (lib/claims/claim-review.ts).

interface Said<Source> {
  stance: 'ASSERTS' | 'DENIES';
  source: Source | null;
}

/** Whoever first put the claim forward; failing that, where it was first said (a denial, or no source). */
export function leadAttribution<T extends Said<unknown>>(attributions: readonly T[]): T | undefined {
  return attributions.find((a) => a.stance === 'ASSERTS' && a.source) ?? attributions[0];
}

/** Each named source once, in order of appearance. */
export function sourcesOf<Source extends { id: string }>(attributions: readonly Said<Source>[]): Source[] {
  const seen = new Map<string, Source>();
  for (const { source } of attributions) if (source && !seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}
