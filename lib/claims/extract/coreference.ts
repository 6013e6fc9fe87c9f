// Resolves pronoun and "-nya" sources to the nearest earlier named source: in news prose a
// pronoun source almost always continues the attribution the reader has just been given.
import type { RawClaim } from './attribution';

export function resolveAnaphoricSources(claims: RawClaim[]): void {
  let lastName: string | null = null;
  for (const c of claims) {
    if (c.anaphoric) c.sourceName = lastName;
    else if (c.sourceName) lastName = c.sourceName;
  }
}
