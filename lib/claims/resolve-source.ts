// Finds the existing source a typed name means, by its name or any alias, however spelled.
import { normalizeSourceName } from './source-name';

export interface SourceCandidate {
  id: string;
  name: string;
  normalizedName: string;
  aliases: readonly string[];
}

export function findSourceByNameOrAlias<T extends SourceCandidate>(sources: readonly T[], typed: string): T | null {
  const key = normalizeSourceName(typed);
  if (!key) return null;
  return (
    sources.find((source) => source.normalizedName === key) ??
    sources.find((source) => source.aliases.some((alias) => normalizeSourceName(alias) === key)) ??
    null
  );
}
