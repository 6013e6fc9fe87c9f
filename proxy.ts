// Runs before routing, on the desk, the login page, the API, reader addresses without a language,
// and reader pages only when their address is odd or holds a search (never on static files, and
// not on a plain verdict or source page: see the matcher). Cheap jobs:
// - desk and login: a fresh Content-Security-Policy nonce per request, set on the response for the
//   browser and on the request so Next stamps it on every script it renders (lib/http/security-headers.ts
//   explains why the cached reader pages get a static policy from next.config.ts instead);
// - the desk: a visitor without a session cookie is sent to /login before the page renders (an
//   optimistic redirect only: the real checks are in the desk layout and in every action and route);
// - reader pages: a wrongly percent-encoded claim or source id is answered as "not found" at once,
//   instead of reaching Next's decoder (which fails with 500); the index with a search
//   (`/<lang>?q=...`) is rewritten to /<lang>/search/<canonical query>, cached per search;
//   an address without a language (/, /claims/..., /sources/...) or with one we do not have is
//   redirected to the reader's language (cookie, Accept-Language, DEFAULT_LOCALE): the pages
//   themselves carry the language in the path and never read the request, so they stay cacheable;
// - POSTs Next itself would fail on with a bare 500 (unreadable multipart, oversized server-action
//   body) get a clear 4xx (lib/http/malformed-request.ts);
// - while the database is unreachable, whatever needs it (desk, sign-in, actions, API) gets a clear
//   503 at once (lib/http/database-gate.ts); cached reader pages keep being served.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseReachable } from '@/lib/http/database-gate';
import { databaseGateResponse } from '@/lib/http/database-gate-response';
import { canonicalSearchQuery, searchPagePath } from '@/lib/http/index-search';
import { hasMalformedPercentEncoding, refuseBrokenPost } from '@/lib/http/malformed-request';
import { contentSecurityPolicy, createNonce, usesNoncePolicy } from '@/lib/http/security-headers';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { localeOfPath, readerLocaleRedirect } from '@/lib/i18n/reader-paths';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const MAX_PUBLIC_SEGMENT = 120;
// A build-time constant inlined by Next, not configuration: `next dev` needs eval (see the policy).
const DEV = process.env.NODE_ENV === 'development';

export async function proxy(request: NextRequest) {
  const refusal = await refuseBrokenPost(request, negotiateLocale(readerHints(request)));
  if (refusal) return refusal;
  const { pathname, search } = request.nextUrl;
  if (needsDatabase(request, pathname) && !(await databaseReachable())) {
    // Said in the visitor's language (cookie, Accept-Language), with nothing read from the database.
    return databaseGateResponse(request.headers.get('accept'), negotiateLocale(readerHints(request)));
  }
  // Next would fail to decode such a path with a bare 500, wherever it points.
  if (hasMalformedPercentEncoding(pathname)) return notFound(request);
  if (pathname.startsWith('/api/')) return NextResponse.next();
  if (!usesNoncePolicy(pathname)) return readerPage(request);
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

function needsDatabase(request: NextRequest, pathname: string): boolean {
  if (request.headers.has('next-action') || pathname.startsWith('/api/')) return true;
  if (pathname === '/login') return request.method === 'POST';
  return pathname === '/desk' || pathname.startsWith('/desk/');
}

function readerHints(request: NextRequest) {
  return {
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
    fallback: getDefaultLocale(),
  };
}

/** The reader's not-found page, in the path's language or the reader's. */
function notFound(request: NextRequest): NextResponse {
  const locale = localeOfPath(request.nextUrl.pathname) ?? negotiateLocale(readerHints(request));
  return NextResponse.rewrite(new URL(`/${locale}/claims/not-found/x`, request.url));
}

function readerPage(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const hints = readerHints(request);
  if (pathname.split('/').some((segment) => segment.length > MAX_PUBLIC_SEGMENT)) return notFound(request);
  const indexLocale = /^\/(id|en)$/.exec(pathname)?.[1];
  if (indexLocale) return searchOfIndex(request, indexLocale);
  const target = request.method === 'GET' || request.method === 'HEAD' ? readerLocaleRedirect(pathname, hints) : null;
  if (!target) return NextResponse.next();
  const response = NextResponse.redirect(new URL(target + search, request.url), 307);
  // The answer depends on the reader: no shared cache may keep it for someone else.
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

/** `/<lang>?q=...`: the cached page of the search's canonical form (next.config.ts sends the plain index). */
function searchOfIndex(request: NextRequest, locale: string): NextResponse {
  const { searchParams } = request.nextUrl;
  if (!canonicalSearchQuery(searchParams) || (request.method !== 'GET' && request.method !== 'HEAD')) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/${locale}${searchPagePath(searchParams)}`, request.url));
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
    '/api/:path*',
    // Reader addresses without a language, redirected to the reader's.
    '/',
    '/claims/:path*',
    '/sources/:path*',
    '/methodology',
    '/corrections',
    '/about',
    // A language we do not have in front of a reader address ("/fr/claims/..."), redirected too.
    '/:lang((?!(?:id|en)(?:/|$))[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)/:path*',
    // Any address holding a percent sign (the only way to break its encoding): reader pages in a
    // language otherwise skip the proxy, which cost a cached page much of its time. A too-long id
    // needs no proxy: the page refuses it as not a record id before any query.
    '/(.*%.*)',
    // The index with a search: rewritten to its cached search page (the plain index and a search of
    // plain words only skip the proxy: next.config.ts rewrites them).
    // (one entry per parameter of lib/http/index-search.ts: the matcher must be a literal)
    // Words next.config.ts cannot put in a path itself: the complement of PLAIN_WORDS_PATTERN in
    // lib/http/index-search.ts (a literal here, as Next requires; a unit test keeps them paired).
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'q', value: '(?!(?!\\.{1,2}$)[^/?#%\\\\\\x00-\\x1f]{1,200}$)[\\s\\S]*' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'verdict' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'source' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'sourceName' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'from' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'to' }] },
    { source: '/:locale(id|en)', has: [{ type: 'query', key: 'page' }] },
    // Any form post (multipart) and any server-action call, wherever it is sent.
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
