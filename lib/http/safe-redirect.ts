// Only same-site paths may be redirect targets, or the login page becomes an open redirect. The
// target is parsed by the URL parser exactly as a browser will parse it (which drops tabs and line
// breaks, so "/\t/evil.example" becomes "//evil.example"), and only a path on our own origin is
// kept. The result is the parser's serialisation: plain ASCII, safe in a Location header.
const OWN_ORIGIN = 'https://claimdesk.invalid';

export function safeRedirectPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || candidate.length > 2048 || !candidate.startsWith('/')) return fallback;
  let target: URL;
  try {
    target = new URL(candidate, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (target.origin !== OWN_ORIGIN) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Belt and braces: what we hand back must itself read as a path on our origin.
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback;
}
