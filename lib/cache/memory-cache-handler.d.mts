import type { CacheValue } from './cache-policy.d.mts';

export interface CachedEntry {
  lastModified: number;
  value: CacheValue;
  cacheControl: unknown;
}

/** Next's incremental cache handler interface (next.config.ts `cacheHandler`), in memory. */
export default class MemoryCacheHandler {
  constructor(context: { maxMemoryCacheSize?: number });
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CachedEntry | null>;
  set(key: string, value: CacheValue | null, context?: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}

export declare function cacheStats(): { entries: number; bytes: number };
export declare function clearCache(): void;
