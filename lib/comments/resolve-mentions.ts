// From the handles written in a comment to the desk users they name. A mention must name exactly
// one active editor or admin: a typo, a viewer or a disabled account is refused, so nobody believes
// a colleague was told when nobody was.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mentionedHandles } from './mentions';

export type MentionResolution = { ok: true; userIds: string[] } | { ok: false; handle: string };

export async function resolveMentions(tx: Prisma.TransactionClient, text: string): Promise<MentionResolution> {
  const userIds: string[] = [];
  for (const handle of mentionedHandles(text)) {
    const users = await tx.user.findMany({
      // E-mail addresses are stored lower-cased (a CHECK constraint), and handles are read lower-cased.
      where: { email: { startsWith: `${handle}@` }, disabled: false, role: { in: ['EDITOR', 'ADMIN'] } },
      select: { id: true },
      take: 2,
    });
    const [only, another] = users;
    if (!only || another) return { ok: false, handle };
    userIds.push(only.id);
  }
  return { ok: true, userIds };
}
