// Alias lists for sources: what an editor types and what a merge combines. Duplicates are found
// case-insensitively (and across Unicode compositions), and the first spelling seen is the one kept.
function aliasKey(alias: string): string {
  return alias.normalize('NFC').toLowerCase();
}

/** Trims every alias, drops empty ones and keeps the first of any case-insensitive duplicates. */
export function cleanAliases(aliases: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>();
  for (const name of exclude) seen.add(aliasKey(name.trim()));
  const kept: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const key = aliasKey(alias);
    if (alias === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept;
}

/** One alias per line of a textarea, whatever the line endings. */
export function aliasesFromText(text: string): string[] {
  return cleanAliases(text.split(/\r\n|\r|\n/));
}

interface NamedSource {
  name: string;
  aliases: readonly string[];
}

/**
 * The target's aliases after `merged` is folded into it: its own aliases first, then the merged
 * source's name and aliases, so nothing anyone called either source is lost. The target's own name
 * is left out: an alias equal to the name adds nothing.
 */
export function mergeAliases(target: NamedSource, merged: NamedSource): string[] {
  return cleanAliases([...target.aliases, merged.name, ...merged.aliases], [target.name]);
}
