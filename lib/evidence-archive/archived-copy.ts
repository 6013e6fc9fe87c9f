// How an archived copy is served: the stored body, unchanged but for a banner saying what it is,
// under a policy that lets nothing in it run or reach out. `sandbox` without allow-same-origin
// gives the document an opaque origin, so even markup that tried could not read or set ClaimDesk's
// cookies or storage; `default-src 'none'` blocks scripts, frames, forms and every request.
export const ARCHIVE_POLICY =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Puts the banner right after <body> (or first, for a page without one). */
export function withBanner(html: string, banner: { title: string; body: string }): string {
  const block = `<div role="note" data-claimdesk-archive-banner style="all:initial;display:block;font:14px/1.4 system-ui,sans-serif;background:#fef3c7;color:#1c1917;border-bottom:2px solid #b45309;padding:10px 14px"><strong>${escapeHtml(banner.title)}</strong><br>${escapeHtml(banner.body)}</div>`;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return block + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + block + html.slice(at);
}
