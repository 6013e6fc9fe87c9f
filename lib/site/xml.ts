// Text for XML documents (sitemap, Atom): the five special characters escaped, and the characters
// XML 1.0 forbids (control characters other than tab and line breaks) removed. Pure.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The base URL without trailing slashes, so "base + /path" never doubles one. */
export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
