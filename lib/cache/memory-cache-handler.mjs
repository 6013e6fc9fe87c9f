// Next's route and data cache (next.config.ts `cacheHandler`), held in memory and bounded by bytes.
// It replaces Next's default handler, which wrote every rendered page to .next/server/route-cache
// with no limit: made-up addresses could fill the disk. Here nothing is written to disk, only
// successful renders are kept (cache-policy.mjs), and the least recently used pages are dropped
// when the budget (`cacheMaxMemorySize`: next.config.ts sets 128 MB, about 1,200 verdict pages) is full. Per process: a restart starts
// cold, and several instances each hold their own copy
// (with REDIS_URL, cache-handler.mjs picks the shared redis-cache-handler.mjs instead).
// Plain JavaScript (types in memory-cache-handler.d.mts): Next imports it at run time uncompiled.
import { ByteLru } from './byte-lru.mjs';
import { isWorthCaching, shareDuplicateSegments, sizeOf, tagsOf } from './cache-policy.mjs';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Revalidation times kept for tags, oldest forgotten first; entries are also dropped eagerly. */
const MAX_REMEMBERED_TAGS = 10_000;

/**
 * Next creates a handler per request: the store lives on globalThis, once per process.
 * @typedef {{ value: import('./cache-policy.d.mts').CacheValue, lastModified: number, tags: string[], cacheControl: unknown }} Entry
 * @typedef {{ entries: ByteLru, tagRevalidatedAt: Map<string, number> }} Store
 */
const STORE_KEY = Symbol.for('claimdesk.memoryCacheHandler.store');

/** @param {number} maxBytes @returns {Store} */
function sharedStore(maxBytes) {
  const holder = /** @type {Record<symbol, Store | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STORE_KEY] ??= { entries: new ByteLru(maxBytes), tagRevalidatedAt: new Map() };
  return holder[STORE_KEY];
}

/** For tests and for the budget check: the process's store as it is now. */
export function cacheStats() {
  const store = sharedStore(DEFAULT_MAX_BYTES);
  return { entries: store.entries.size, bytes: store.entries.totalBytes };
}

/** For tests: forget everything. */
export function clearCache() {
  const holder = /** @type {Record<symbol, Store | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STORE_KEY] = undefined;
}

export default class MemoryCacheHandler {
  /** @type {Store} */
  #store;
  #enabled;

  /** @param {{ maxMemoryCacheSize?: number }} context */
  constructor(context) {
    const maxBytes = context.maxMemoryCacheSize ?? DEFAULT_MAX_BYTES;
    // cacheMaxMemorySize: 0 means "no cache" for Next's handler; it means the same here.
    this.#enabled = maxBytes > 0;
    this.#store = sharedStore(maxBytes);
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[] }} [context] data lookups name their tags and the page's implicit (path) tags
   */
  async get(key, context) {
    const entry = /** @type {Entry | undefined} */ (this.#store.entries.get(key));
    if (!entry) return null;
    const tags = [...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])];
    if (tags.some((tag) => (this.#store.tagRevalidatedAt.get(tag) ?? -Infinity) >= entry.lastModified)) {
      this.#store.entries.delete(key);
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {import('./cache-policy.d.mts').CacheValue | null} value
   * @param {{ cacheControl?: unknown }} [context]
   */
  async set(key, value, context) {
    // A page that now renders "not found" (an unpublished claim) must not keep its old copy.
    if (!this.#enabled || !isWorthCaching(value)) {
      this.#store.entries.delete(key);
      return;
    }
    const compact = shareDuplicateSegments(value);
    /** @type {Entry} */
    const entry = { value: compact, lastModified: Date.now(), tags: tagsOf(compact), cacheControl: context?.cacheControl };
    this.#store.entries.set(key, entry, sizeOf(key, compact));
  }

  /**
   * Publishing, correcting or unpublishing a claim expires its tags (lib/public-tags.ts) at once,
   * whatever lifetime was asked for: readers should not see a withdrawn verdict even briefly.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const expired = new Set(typeof tags === 'string' ? [tags] : tags);
    if (expired.size === 0) return;
    const now = Date.now();
    const remembered = this.#store.tagRevalidatedAt;
    for (const tag of expired) {
      remembered.delete(tag);
      remembered.set(tag, now);
    }
    for (const [oldest] of remembered) {
      if (remembered.size <= MAX_REMEMBERED_TAGS) break;
      remembered.delete(oldest);
    }
    for (const [key, entry] of [...this.#store.entries.entries()]) {
      if (/** @type {Entry} */ (entry).tags.some((tag) => expired.has(tag))) this.#store.entries.delete(key);
    }
  }

  resetRequestCache() {}
}
