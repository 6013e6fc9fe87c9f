// Security response headers, built in one place: next.config.ts sends the static ones, proxy.ts the
// per-request Content-Security-Policy. Pure (no Next imports) so it is unit-tested directly.
//
// Why two script policies. A nonce must be new for every response, so the HTML carrying it can
// never be cached; and Next only stamps a nonce on its scripts while rendering a request. Our reader
// pages (`/`, /claims/..., /sources/...) are cached (ISR and tagged data, and a caching proxy in
// front later) and must stay so, and proxy.ts must stay off them for speed. Their HTML holds inline
// `self.__next_f.push(...)` scripts (the RSC payload for hydration) that differ per page and per
// refresh, so they can carry neither a nonce nor a hash that a static header could list;
// `experimental.sri` only adds `integrity` to script *files* and puts no hashes in the policy. So:
// - desk and login (rendered per request, the pages with something to steal): a fresh nonce with
//   'strict-dynamic', no 'unsafe-inline': an injected inline or foreign script cannot run;
// - everything else (reader pages, feeds, API answers, the static 404): a static policy that must
//   allow inline scripts ('unsafe-inline') but nothing from another origin, no eval, no plugins,
//   no <base>, no framing, no form posts elsewhere; images, fonts and fetches only from us.
// Both: never 'unsafe-eval' in production (next dev needs it for React's debugging tools).

/** Paths rendered per request, where proxy.ts sends a nonce policy. Everything else gets the static one. */
export const NONCE_POLICY_PATHS = ['/desk', '/login'] as const;

/**
 * Paths whose route sends a policy of its own: archived copies of cited pages (app/archive), whose
 * policy allows no script at all. Next's config headers replace a header the route set, so the
 * static policy (which allows inline scripts) must not be sent there, or an archived page's
 * scripts would run (the browser test e2e/evidence-archive.spec.ts checks the header).
 */
export const OWN_POLICY_PATHS = ['/archive'] as const;

/** The same split as a next.config `source` pattern: every path except the nonce-policy and own-policy ones. */
export const STATIC_POLICY_SOURCE = '/:path((?!(?:desk|login|archive)(?:/|$)).*)';

export function usesNoncePolicy(pathname: string): boolean {
  return NONCE_POLICY_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export type PolicyOptions = {
  /** A fresh per-request nonce; without one the policy is the static, cacheable one. */
  nonce?: string;
  /** `next dev`: React's dev tools need eval, and the dev overlay injects styles without a nonce. */
  dev: boolean;
};

export function contentSecurityPolicy({ nonce, dev }: PolicyOptions): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  const styles = dev ? ["'self'", "'unsafe-inline'"] : nonce ? ["'self'", `'nonce-${nonce}'`] : ["'self'"];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scripts],
    ['style-src', styles],
    // style="" attributes (the track-record bars' widths) cannot carry a nonce. Harmless here:
    // with images, fonts and fetches limited to our origin, injected CSS has nowhere to send data.
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** 16 random bytes, base64: unguessable and new for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Powerful browser features the app never uses, switched off for it and for anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Sent on every response. */
export const SHARED_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

/**
 * `next start` speaks plain HTTP, so HTTPS means a TLS-terminating proxy that says so in
 * X-Forwarded-Proto (the first value, for a chain of proxies). A client forging it over plain
 * HTTP gains nothing: browsers ignore HSTS received over HTTP.
 */
export const FORWARDED_HTTPS_PATTERN = 'https(?:\\s*,.*)?';
