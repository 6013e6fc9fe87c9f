// Readable URL slugs for verdict pages: "/claims/<id>/bupati-membantah-tanggul-jebol". The id is
// what finds the claim; the slug is for people and search engines, and a wrong one redirects.
const MAX_SLUG_LENGTH = 80;

export function slugify(text: string): string {
  const lowered = text.toLowerCase();
  // Decomposing accents is the costly step (exports slug 100,000 summaries): only when needed.
  const folded = /[^\u0000-\u007f]/.test(lowered) ? lowered.normalize('NFKD').replace(/\p{M}+/gu, '') : lowered;
  const words = folded
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'claim';
}

export function verdictPath(claim: { id: string; summary: string }): string {
  return `/claims/${claim.id}/${slugify(claim.summary)}`;
}
