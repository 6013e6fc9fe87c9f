// Signing out ends the session on the server as well as in the browser. Sessions are JWT cookies
// (lib/auth/config.ts), so a copy of one taken before signing out would otherwise keep working; its
// id is recorded here and getCurrentUser() refuses it. Rows are kept only while such a cookie could
// still be accepted, and older ones are deleted on each sign-out.
import 'server-only';
import { db } from '@/lib/db';
import { SESSION_SECONDS } from './session-lifetime';

/** What the cookie says of its session (Auth.js's decoded JWT). */
export interface SessionToken {
  sub?: string | null;
  sid?: unknown;
  sat?: unknown;
}

export async function endSession(token: SessionToken | null | undefined): Promise<void> {
  if (!token?.sub || typeof token.sid !== 'string' || typeof token.sat !== 'number') return;
  const expiresAt = new Date((token.sat + SESSION_SECONDS) * 1000);
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({ where: { id: token.sid }, create: { id: token.sid, userId: token.sub, expiresAt }, update: {} }),
  ]);
}
