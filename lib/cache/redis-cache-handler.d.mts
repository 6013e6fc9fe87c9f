import type { CachedEntry } from './memory-cache-handler.d.mts';
import type { CacheValue } from './cache-policy.d.mts';

/** Next's incremental cache handler interface (next.config.ts `cacheHandler`), shared through Redis. */
export default class RedisCacheHandler {
  constructor(context: unknown, url: string);
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CachedEntry | null>;
  set(key: string, value: CacheValue | null, context?: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}

export declare function entryLifetimeSeconds(cacheControl: unknown): number;
export declare function isStale(writtenAt: number, revalidatedAt: (string | null | undefined)[]): boolean;
