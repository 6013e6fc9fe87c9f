// Mentions in a comment: `@handle`, where a user's handle is the part of their e-mail address
// before the @ (editor2@example.org is @editor2). Handles are stable and have no spaces, unlike
// display names. An e-mail address written in a comment is not a mention ("a@b.org" has a letter
// before its @). Pure: no Next, no Prisma.

/** Characters of a handle: what e-mail local parts on a newsroom's desk use. */
const HANDLE = '[a-z0-9][a-z0-9._+-]*';
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}._+@-])@(${HANDLE})`, 'giu');

export function handleOf(email: string): string {
  return email.slice(0, email.indexOf('@')).toLowerCase();
}

/** The distinct handles mentioned in `text`, lower-cased, in order of first appearance. */
export function mentionedHandles(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    // A sentence may end right after a mention: "ask @editor2." mentions editor2.
    const handle = (match[1] ?? '').toLowerCase().replace(/[._+-]+$/, '');
    if (handle) seen.add(handle);
  }
  return [...seen];
}

/**
 * The handle being typed at the caret, for the suggestion list: `@edi|` gives "edi", `@|` gives "",
 * anything else null.
 */
export function handleAtCaret(text: string, caret: number): string | null {
  const before = text.slice(0, caret);
  const match = /(?:^|[\s(])@([a-z0-9._+-]*)$/iu.exec(before);
  return match ? (match[1] ?? '').toLowerCase() : null;
}
