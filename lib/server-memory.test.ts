import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_BUDGET_MB, SERVER_HEAP_LIMIT_MB, withServerHeapLimit } from './server-memory';

describe('the server heap limit', () => {
  it('is added to whatever NODE_OPTIONS hold', () => {
    expect(withServerHeapLimit(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_LIMIT_MB}`);
    expect(withServerHeapLimit('--enable-source-maps')).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_LIMIT_MB}`);
  });

  it("keeps an operator's own limit", () => {
    expect(withServerHeapLimit('--max-old-space-size=2048')).toBe('--max-old-space-size=2048');
    expect(withServerHeapLimit(' --max_old_space_size=1024 --trace-gc')).toBe('--max_old_space_size=1024 --trace-gc');
  });

  it('leaves room in the heap beyond a full page cache', () => {
    expect(SERVER_HEAP_LIMIT_MB - PAGE_CACHE_BUDGET_MB).toBeGreaterThanOrEqual(128);
  });
});
