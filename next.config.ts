import path from 'node:path';
import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'linkedom'],
  // Rendered reader pages and cached reads live in memory, bounded by bytes; nothing is written to
  // .next/server/route-cache, and pages for ids that do not exist are not kept (lib/cache/).
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/memory-cache-handler.mjs'),
  cacheMaxMemorySize: 50 * 1024 * 1024,
  experimental: { serverActions: { bodySizeLimit: '3mb' }, authInterrupts: true },
  headers() {
    return Promise.resolve([{ source: '/:path*', headers: securityHeaders }]);
  },
};

export default nextConfig;
