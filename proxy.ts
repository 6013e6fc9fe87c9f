// Runs before routing. Two jobs, both cheap:
// - the desk: a visitor without a session cookie is sent to /login before the page renders (an
//   optimistic redirect only: the real checks are in the desk layout and in every action and route);
// - reader pages: an absurdly long claim or source id is answered as "not found" at once, instead
//   of reaching the page cache, whose file names cannot be that long.
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const MAX_PUBLIC_SEGMENT = 120;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/claims/') || pathname.startsWith('/sources/')) {
    const tooLong = pathname.split('/').some((segment) => segment.length > MAX_PUBLIC_SEGMENT);
    return tooLong ? NextResponse.rewrite(new URL('/claims/not-found/x', request.url)) : NextResponse.next();
  }
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/desk', '/desk/:path*', '/claims/:path+', '/sources/:path+'] };
