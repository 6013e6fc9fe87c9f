// The floor of the bench: the pages of scripts/bench/floor-app, a minimal Next app of the same
// Next version with no session, database or translations, loaded as the app's own pages are.
// They show what Next itself manages on this machine for the kinds of render the failing targets
// need: a page rendered per request (as /desk is), the same at the 500-claim workspace's shape and
// size, and cached pages rendered on their first request (as the 1,000 cold verdict pages are); then
// the first kind on two instances, as the production topology scales out. Reported, not judged.
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/database';
import { COLD_PAGES, WARM_UP_PAGES } from './fill-database';
import type { BenchPage, LoadOptions } from './load';

export const FLOOR_APP_DIR = path.join(PROJECT_ROOT, 'scripts', 'bench', 'floor-app');

// As many as the app's cold verdict run and its warm-up, never the same pages.
const cachedPages = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => `/isr/${prefix}${n}`);

const DYNAMIC_PAGE = 'a page rendered per request (no session, database or translations)';
const LARGE_PAGE = "a page rendered per request of the 500-claim workspace's shape and size";
const dynamicLoad = (base: Omit<LoadOptions, 'paths'>) => ({ ...base, paths: ['/'] });

export function floorPages(base: Omit<LoadOptions, 'paths'>): BenchPage[] {
  const once = (paths: string[], maxSeconds: number) => ({ ...base, paths, amount: paths.length, maxSeconds });
  return [
    {
      key: 'floor-dynamic',
      page: `floor: Next alone, ${DYNAMIC_PAGE}`,
      load: dynamicLoad(base),
    },
    {
      key: 'floor-large',
      page: `floor: Next alone, ${LARGE_PAGE}`,
      load: { ...base, paths: ['/large'] },
    },
    {
      key: 'floor-cold',
      page: `floor: Next alone, ${COLD_PAGES} cached pages of 40 kB not yet rendered`,
      load: once(cachedPages('cold-', COLD_PAGES), Math.max(30, base.durationSeconds * 3)),
      warmUp: once(cachedPages('warm-', WARM_UP_PAGES), 30),
    },
  ];
}

/** The dynamic page on two instances of the floor app, the connections shared between them. */
export function floorOnTwoInstances(base: Omit<LoadOptions, 'paths'>): BenchPage {
  return { key: 'floor-dynamic-two', page: `floor: two instances of Next alone, ${DYNAMIC_PAGE}`, load: dynamicLoad(base) };
}
