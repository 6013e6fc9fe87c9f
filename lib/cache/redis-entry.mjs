// How a cache entry is written to Redis and read back: JSON, with the Buffers of a rendered page
// (its React Server Components payload, per-segment data, a route's body) and the Map of segments
// tagged so they come back as Buffers and a Map. Plain JavaScript (types in redis-entry.d.mts).

const BUFFER = '__claimdeskBuffer';
const MAP = '__claimdeskMap';

/** @param {unknown} entry */
export function encodeEntry(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    // `this[key]` is the value before Buffer#toJSON turned it into { type, data: [...] }.
    const original = /** @type {Record<string, unknown>} */ (this)[key];
    if (Buffer.isBuffer(original)) return { [BUFFER]: original.toString('base64') };
    if (original instanceof Map) return { [MAP]: [...original] };
    return value;
  });
}

/** @param {string} text */
export function decodeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value === null || typeof value !== 'object') return value;
    if (typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64');
    if (Array.isArray(value[MAP])) return new Map(value[MAP]);
    return value;
  });
}
