export declare class ByteLru {
  constructor(maxBytes: number);
  readonly totalBytes: number;
  readonly size: number;
  get(key: string): unknown;
  /** False when the value alone is larger than the whole budget (it is then not stored). */
  set(key: string, value: unknown, bytes: number): boolean;
  delete(key: string): boolean;
  entries(): IterableIterator<[string, unknown]>;
}
