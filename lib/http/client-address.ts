// The client's address for login throttling. Next sets X-Forwarded-For to the socket's address
// only when the request has none, and proxies such as nginx and Varnish append the address they
// saw, so the last entry is the one the closest party vouches for. Limit: a client talking to Next
// directly can forge the header and spread its guesses over made-up addresses; the per-account
// limit still holds, and in production the caching proxy in front appends the real address.
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  if (!last || last.length > 64 || !/^[0-9A-Fa-f:.]+$/.test(last)) return null;
  return last;
}
