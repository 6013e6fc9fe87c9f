// The cache handler next.config.ts names. Chosen once per process from the environment: with
// REDIS_URL, pages and data are shared by every app instance through Redis (a publish on one is
// seen on all); without it, each process keeps its own bounded in-memory cache, as one instance needs.
// Plain JavaScript (types in cache-handler.d.mts): Next imports it at run time uncompiled.
import MemoryCacheHandler from './memory-cache-handler.mjs';
import RedisCacheHandler from './redis-cache-handler.mjs';

/** @param {string | undefined} value */
export function redisUrlFrom(value) {
  const url = value?.trim();
  if (!url) return null;
  let protocol;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL (got ${JSON.stringify(url)})`);
  return url;
}

export default class CacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} context */
  constructor(context) {
    const url = redisUrlFrom(process.env.REDIS_URL);
    // A constructor may return another object: Next then talks to the chosen handler directly.
    return url ? new RedisCacheHandler(context, url) : new MemoryCacheHandler(context);
  }
}
