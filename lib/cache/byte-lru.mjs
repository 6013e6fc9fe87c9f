// A least-recently-used map bounded by the total size of its values, not by their number: cached
// pages vary from a few bytes to hundreds of kilobytes, so a count says nothing about memory.
// Plain JavaScript (types in byte-lru.d.mts) because Next imports the cache handler that uses it
// at run time, without compiling it.

export class ByteLru {
  /** @type {Map<string, { value: unknown, bytes: number }>} */
  #entries = new Map();
  #bytes = 0;
  #maxBytes;

  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.#maxBytes = maxBytes;
  }

  get totalBytes() {
    return this.#bytes;
  }

  get size() {
    return this.#entries.size;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Re-insertion moves the key to the end of the Map's order: the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores the value and evicts the least recently used entries until the total fits. A value
   * larger than the whole budget is not stored (and any older value under its key is dropped).
   * @param {string} key @param {unknown} value @param {number} bytes
   */
  set(key, value, bytes) {
    this.delete(key);
    if (bytes > this.#maxBytes) return false;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
    return true;
  }

  /** Keys and values, least recently used first; reading does not change the order. */
  *entries() {
    for (const [key, entry] of this.#entries) yield /** @type {[string, unknown]} */ ([key, entry.value]);
  }
}
