// Only same-site paths may be redirect targets: "//evil.example" or "https://..." would turn the
// login page into an open redirect.
export function safeRedirectPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || candidate.length > 2048) return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  return candidate;
}
