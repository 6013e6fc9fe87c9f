// Login CSRF defence: a browser posting a form from another site says so in Sec-Fetch-Site, or at
// least sends an Origin header with every cross-origin POST. A request with neither comes from a
// non-browser client, which cannot carry a victim's cookies, so it is not a CSRF vector.
export function isCrossSite(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return !host || new URL(origin).host !== host.split(',')[0]?.trim();
  } catch {
    return true; // "null" and other unparseable origins (sandboxed frames) are not us
  }
}
