// Runs before routing, on the desk, the login page and reader ids only (never on static files).
// Cheap jobs:
// - desk and login: a fresh Content-Security-Policy nonce per request, set on the response for the
//   browser and on the request so Next stamps it on every script it renders (lib/http/security-headers.ts
//   explains why the cached reader pages get a static policy from next.config.ts instead);
// - the desk: a visitor without a session cookie is sent to /login before the page renders (an
//   optimistic redirect only: the real checks are in the desk layout and in every action and route);
// - reader pages whose address holds a "%": an absurdly long or wrongly percent-encoded claim or
//   source id is answered as "not found" at once, instead of reaching Next's decoder (which fails
//   with 500); other reader requests never run the proxy (see the matcher);
// - the index with a search (`/?q=...`): rewritten to /search/<canonical query>, cached per search;
// - POSTs Next itself would fail on with a bare 500 (unreadable multipart, oversized server-action
//   body) get a clear 4xx (lib/http/malformed-request.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { hasMalformedPercentEncoding, refuseBrokenPost } from '@/lib/http/malformed-request';
import { canonicalSearchQuery, searchPagePath } from '@/lib/http/index-search';
import { contentSecurityPolicy, createNonce, usesNoncePolicy } from '@/lib/http/security-headers';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const MAX_PUBLIC_SEGMENT = 120;
// A build-time constant inlined by Next, not configuration: `next dev` needs eval (see the policy).
const DEV = process.env.NODE_ENV === 'development';

export async function proxy(request: NextRequest) {
  const refusal = await refuseBrokenPost(request);
  if (refusal) return refusal;
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') return searchOfIndex(request);
  if (!usesNoncePolicy(pathname)) {
    const segments = pathname.split('/');
    const unusable = segments.some((segment) => segment.length > MAX_PUBLIC_SEGMENT) || hasMalformedPercentEncoding(pathname);
    return unusable ? NextResponse.rewrite(new URL('/claims/not-found/x', request.url)) : NextResponse.next();
  }
  const policy = contentSecurityPolicy({ nonce: createNonce(), dev: DEV });
  const isDesk = pathname === '/desk' || pathname.startsWith('/desk/');
  if (isDesk && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', pathname + search);
    return withPolicy(NextResponse.redirect(login), policy);
  }
  const headers = new Headers(request.headers);
  // Next reads the nonce from this request header while rendering; any value a client sent is replaced.
  headers.set('Content-Security-Policy', policy);
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

/** `/?q=...`: the cached page of the search's canonical form (next.config.ts sends the rest of `/`). */
function searchOfIndex(request: NextRequest): NextResponse {
  const { searchParams } = request.nextUrl;
  if (!canonicalSearchQuery(searchParams) || (request.method !== 'GET' && request.method !== 'HEAD')) return NextResponse.next();
  return NextResponse.rewrite(new URL(searchPagePath(searchParams), request.url));
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/desk',
    '/desk/:path*',
    '/login',
    // Reader pages only when their address holds a percent sign (the only way to break its
    // encoding): every other reader request skips the proxy, which cost a cached page much of its time.
    // A too-long id needs no proxy: the page refuses it as not a record id before any query, uncached.
    '/(claims|sources|search)/(.*%.*)',
    // The index with a search: rewritten to its cached search page (the plain index skips the proxy).
    // (one entry per parameter of lib/http/index-search.ts: the matcher must be a literal)
    { source: '/', has: [{ type: 'query', key: 'q' }] },
    { source: '/', has: [{ type: 'query', key: 'verdict' }] },
    { source: '/', has: [{ type: 'query', key: 'source' }] },
    { source: '/', has: [{ type: 'query', key: 'sourceName' }] },
    { source: '/', has: [{ type: 'query', key: 'from' }] },
    { source: '/', has: [{ type: 'query', key: 'to' }] },
    { source: '/', has: [{ type: 'query', key: 'page' }] },
    // Any form post (multipart) and any server-action call, wherever it is sent.
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
