import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { PLAIN_WORDS_PATTERN, SEARCH_FILTER_NAMES } from './lib/http/index-search';
import { PAGE_CACHE_BUDGET_MB } from './lib/server-memory';
import {
  contentSecurityPolicy,
  FORWARDED_HTTPS_PATTERN,
  HSTS,
  SHARED_SECURITY_HEADERS,
  STATIC_POLICY_SOURCE,
} from './lib/http/security-headers';

// Static headers, so cached pages keep them. The desk and login get a per-request nonce policy from
// proxy.ts instead; lib/http/security-headers.ts explains the split. `next dev` needs eval.
const staticPolicy = contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development' });

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag hash of every page on every request: the caching proxy in front revalidates reader
  // pages, and desk pages are never reused (measured: the hash was a large part of a cached page's cost).
  generateEtags: false,
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'linkedom', 'pg-boss'],
  // Rendered reader pages and cached reads live in memory, bounded by bytes, or with REDIS_URL in
  // Redis, shared by every instance; nothing is written to .next/server/route-cache, and pages for
  // ids that do not exist are not kept (lib/cache/).
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/cache-handler.mjs'),
  // About 1,200 verdict pages (lib/server-memory.ts; each ~100 kB once its duplicate RSC segment is
  // shared and its HTML counted as V8 holds it): at 50 MB the 1,001 pages of `npm run test:load` did
  // not fit, and loading them round-robin evicted each page just before it was asked for again.
  cacheMaxMemorySize: PAGE_CACHE_BUDGET_MB * 1024 * 1024,
  experimental: { serverActions: { bodySizeLimit: '3mb' }, authInterrupts: true },
  // The plain index `/<lang>` is its own cached page (app/[locale]/page.tsx). A search of plain
  // words only (`/<lang>?q=banjir`) is the cached page /<lang>/search/words/<words>, reached without
  // the proxy: the rewrite comes before the pages, or the index page would answer it. proxy.ts sends
  // every other search to its own cached page before this is reached (lib/http/index-search.ts).
  rewrites() {
    return Promise.resolve({
      beforeFiles: [
        {
          source: '/:locale(id|en)',
          has: [{ type: 'query', key: 'q', value: `(?<q>${PLAIN_WORDS_PATTERN})` }],
          missing: SEARCH_FILTER_NAMES.map((key) => ({ type: 'query' as const, key })),
          destination: '/:locale/search/words/:q',
        },
      ],
      afterFiles: [],
      fallback: [],
    });
  },
  headers() {
    return Promise.resolve([
      { source: '/:path*', headers: SHARED_SECURITY_HEADERS },
      { source: STATIC_POLICY_SOURCE, headers: [{ key: 'Content-Security-Policy', value: staticPolicy }] },
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: FORWARDED_HTTPS_PATTERN }], headers: [HSTS] },
    ]);
  },
};

// next-intl reads its per-request configuration (messages, locale) from lib/i18n/request.ts.
export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
