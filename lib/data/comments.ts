// The claim's discussion as the claim page shows it, and who may be mentioned in it. Desk only:
// no public page or export reads this module.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { handleOf } from '@/lib/comments/mentions';
import { db } from '@/lib/db';

export interface ThreadComment {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { id: string; name: string };
}

/** Comments in the order written; the page nests replies under the comment they answer. */
export async function getClaimComments(claimId: string): Promise<ThreadComment[]> {
  await requirePermission('desk:read');
  return db.comment.findMany({
    where: { claimId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 1000,
    select: {
      id: true,
      parentId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      author: { select: { id: true, name: true } },
    },
  });
}

export interface Mentionable {
  handle: string;
  name: string;
}

/** The active editors and admins, by handle: what the comment box offers after "@". */
export async function listMentionableUsers(): Promise<Mentionable[]> {
  await requirePermission('claim:comment');
  const users = await db.user.findMany({
    where: { disabled: false, role: { in: ['EDITOR', 'ADMIN'] } },
    orderBy: { name: 'asc' },
    select: { name: true, email: true },
  });
  return users.map((u) => ({ handle: handleOf(u.email), name: u.name }));
}

/** Replies under the comment that started their branch: one level of nesting reads best on a phone. */
export function threadOf(comments: ThreadComment[]): { comment: ThreadComment; replies: ThreadComment[] }[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: ThreadComment): string => {
    let current = c;
    for (let hops = 0; current.parentId && hops < 100; hops++) {
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current.id;
  };
  const roots = comments.filter((c) => !c.parentId || !byId.has(c.parentId));
  const replies = new Map<string, ThreadComment[]>(roots.map((r) => [r.id, []]));
  for (const c of comments) if (!roots.includes(c)) replies.get(rootOf(c))?.push(c);
  return roots.map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}
