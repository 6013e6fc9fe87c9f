// The production server's memory, in one place (issue 12: next-server RSS under 512 MB through
// every run). next.config.ts takes the page cache's budget from here and every script that starts
// `next start` (npm start, the bench, test:load, test:scale) takes the heap limit, so what is
// measured is what runs.

/** Rendered reader pages kept in memory per process (without REDIS_URL): about 1,200 verdict pages. */
export const PAGE_CACHE_BUDGET_MB = 128;

/**
 * V8's old-space limit for the server. Without one, Node sizes the heap from the machine's memory
 * (about 4 GB here) and collects lazily, so a burst of renders left the process at 0.7 to 1.5 GB.
 * The rest of a busy server's heap besides the page cache measured about 70 MB after a full
 * collection (code, Prisma, the renders under way); 160 MB leaves room for bursts of 50 concurrent
 * renders and the feeds' pages. Code, buffers and the young generation come on top: RSS stays
 * under 512 MB.
 */
export const SERVER_HEAP_LIMIT_MB = PAGE_CACHE_BUDGET_MB + 160;

const HEAP_FLAG = '--max-old-space-size';

/** NODE_OPTIONS for the server: the heap limit added, unless the operator already set one. */
export function withServerHeapLimit(nodeOptions: string | undefined): string {
  const current = nodeOptions?.trim() ?? '';
  if (current.split(/\s+/).some((option) => option.startsWith(HEAP_FLAG) || option.startsWith('--max_old_space_size'))) return current;
  return `${current} ${HEAP_FLAG}=${SERVER_HEAP_LIMIT_MB}`.trim();
}
