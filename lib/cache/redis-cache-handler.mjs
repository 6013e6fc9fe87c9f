// Next's route and data cache (next.config.ts `cacheHandler`) shared by every app instance through
// Redis, used when REDIS_URL is set (cache-handler.mjs picks it). Same policy as the in-memory
// handler (cache-policy.mjs: only successful renders are kept), so strangers cannot fill Redis with
// made-up addresses either.
//
// Staleness uses a logical clock in Redis rather than wall clocks, which differ between machines:
// every write and every tag revalidation takes the next number of one counter. An entry is stale
// when one of its tags (its own, or the page's implicit path tags Next passes in) was revalidated
// with a higher number than the entry's. Revalidating a tag is one small script (O(tags)), never a
// scan of the cache. Entries expire on their own (EX); Redis must evict only keys with an expiry
// (`maxmemory-policy volatile-lru`), so the clock and the tag table are never dropped.
//
// When Redis cannot be reached a read is a miss (the page renders fresh), a write is skipped, and a
// tag revalidation is kept in this process and applied as soon as Redis is back.
// Plain JavaScript (types in redis-cache-handler.d.mts): Next imports it at run time uncompiled.
import { createClient } from '@redis/client';
import { isWorthCaching, sizeOf, tagsOf } from './cache-policy.mjs';
import { decodeEntry, encodeEntry } from './redis-entry.mjs';

const ENTRY_PREFIX = 'claimdesk:cache:';
const TAGS_KEY = 'claimdesk:cache-tags';
const CLOCK_KEY = 'claimdesk:cache-clock';
const COMMAND_TIMEOUT_MS = 1_000;
/** Entries larger than this are not shared (a page of that size is a bug to fix, not to cache). */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
const DAY_SECONDS = 24 * 60 * 60;
/** Stamps the tags with the next clock value, atomically. */
const REVALIDATE_SCRIPT = `local now = redis.call('INCR', KEYS[1])
for i = 1, #ARGV do redis.call('HSET', KEYS[2], ARGV[i], now) end
return now`;

/**
 * How long Redis keeps an entry: twice its revalidation time (Next refreshes it after one), at
 * least a minute; a day when it has none. Tag revalidation, not this, is what keeps pages current.
 * @param {unknown} cacheControl
 */
export function entryLifetimeSeconds(cacheControl) {
  const revalidate = /** @type {{ revalidate?: unknown } | undefined} */ (cacheControl)?.revalidate;
  if (typeof revalidate !== 'number' || !Number.isFinite(revalidate) || revalidate <= 0) return DAY_SECONDS;
  return Math.min(Math.max(Math.ceil(revalidate * 2), 60), 7 * DAY_SECONDS);
}

/**
 * Whether an entry written at clock `writtenAt` is stale given its tags' revalidation clocks.
 * @param {number} writtenAt @param {(string | null | undefined)[]} revalidatedAt
 */
export function isStale(writtenAt, revalidatedAt) {
  return revalidatedAt.some((value) => value != null && Number(value) > writtenAt);
}

/** @param {string} url */
function connect(url) {
  const client = createClient({
    url,
    // Fail at once while disconnected instead of queueing: a page must not wait for Redis.
    disableOfflineQueue: true,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let lastLog = 0;
  client.on('error', (/** @type {unknown} */ error) => {
    // Reconnection errors repeat every few seconds while Redis is down: one line a minute is enough.
    if (Date.now() - lastLog < 60_000) return;
    lastLog = Date.now();
    console.warn(`shared page cache: Redis unavailable (${String(error)}); pages render without it until it is back`);
  });
  client.connect().catch(() => {
    // Reported by the 'error' listener; the client keeps reconnecting.
  });
  return client;
}

/**
 * @typedef {{ value: import('./cache-policy.d.mts').CacheValue, lastModified: number, writtenAt: number, tags: string[], cacheControl: unknown }} StoredEntry
 * @typedef {{ client: ReturnType<typeof createClient>, pendingTags: Set<string> }} Shared
 */
const SHARED_KEY = Symbol.for('claimdesk.redisCacheHandler.shared');

/** Next creates a handler per request: one connection per process, kept on globalThis. @param {string} url @returns {Shared} */
function shared(url) {
  const holder = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[SHARED_KEY]) {
    const state = { client: connect(url), pendingTags: new Set() };
    // Revalidations that could not reach Redis are applied as soon as it is back.
    state.client.on('ready', () => void applyPendingTags(state));
    // ...and retried now and then, in case a command timed out without the connection dropping.
    setInterval(() => void (state.client.isReady && applyPendingTags(state)), 5_000).unref();
    holder[SHARED_KEY] = state;
  }
  return holder[SHARED_KEY];
}

/** @param {Shared} state */
async function applyPendingTags(state) {
  if (state.pendingTags.size === 0) return;
  const tags = [...state.pendingTags];
  try {
    await state.client.eval(REVALIDATE_SCRIPT, { keys: [CLOCK_KEY, TAGS_KEY], arguments: tags });
    for (const tag of tags) state.pendingTags.delete(tag);
  } catch (error) {
    console.warn(`shared page cache: could not expire ${tags.length} tag(s) yet, will retry when Redis is back: ${String(error)}`);
  }
}

export default class RedisCacheHandler {
  /** @type {Shared} */
  #shared;

  /** @param {unknown} _context @param {string} url */
  constructor(_context, url) {
    this.#shared = shared(url);
  }

  get #redis() {
    return this.#shared.client.withCommandOptions({ timeout: COMMAND_TIMEOUT_MS });
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[] }} [context]
   */
  async get(key, context) {
    if (!this.#shared.client.isReady) return null;
    try {
      const text = await this.#redis.get(ENTRY_PREFIX + key);
      if (typeof text !== 'string') return null;
      const entry = /** @type {StoredEntry} */ (decodeEntry(text));
      const tags = [...new Set([...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])])];
      if (tags.some((tag) => this.#shared.pendingTags.has(tag))) return null;
      if (tags.length > 0 && isStale(entry.writtenAt, await this.#redis.hmGet(TAGS_KEY, tags))) return null;
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {import('./cache-policy.d.mts').CacheValue | null} value
   * @param {{ cacheControl?: unknown }} [context]
   */
  async set(key, value, context) {
    if (!this.#shared.client.isReady) return;
    try {
      // A page that now renders "not found" (an unpublished claim) must not keep its old copy.
      if (!isWorthCaching(value) || sizeOf(key, value) > MAX_ENTRY_BYTES) {
        await this.#redis.del(ENTRY_PREFIX + key);
        return;
      }
      const writtenAt = await this.#redis.incr(CLOCK_KEY);
      /** @type {StoredEntry} */
      const entry = { value, lastModified: Date.now(), writtenAt, tags: tagsOf(value), cacheControl: context?.cacheControl };
      await this.#redis.set(ENTRY_PREFIX + key, encodeEntry(entry), { EX: entryLifetimeSeconds(context?.cacheControl) });
    } catch {
      // A write that did not happen is a miss later, nothing worse.
    }
  }

  /**
   * Expires the tags at once on every instance, whatever lifetime was asked for (as the in-memory
   * handler does): readers should not see a withdrawn verdict even briefly.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    for (const tag of list) this.#shared.pendingTags.add(tag);
    if (this.#shared.client.isReady) await applyPendingTags(this.#shared);
    else console.warn(`shared page cache: Redis unavailable, expiring ${list.join(', ')} when it is back`);
  }

  resetRequestCache() {}
}
