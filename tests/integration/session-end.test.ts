// Sessions are JWT cookies; signing out and the session's lifetime are enforced on the server too:
// getCurrentUser() refuses a session id that was signed out and a session older than its lifetime,
// however fresh its cookie, so a copied cookie is neither usable after signing out nor for ever.
import { beforeAll, describe, expect, it } from 'vitest';
import { endSession } from '@/lib/auth/end-session';
import { getCurrentUser } from '@/lib/auth/current-user';
import { SESSION_SECONDS } from '@/lib/auth/session-lifetime';
import { createTeam, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  team = await createTeam();
});

const now = () => Math.floor(Date.now() / 1000);

describe('signing out', () => {
  it('refuses the signed-out session from then on, and only that one', async () => {
    const [signedOut, other] = [unique('session'), unique('session')];
    actAs({ ...team.editor, sessionId: signedOut, signedInAt: now() });
    expect(await getCurrentUser()).toMatchObject({ id: team.editor.id });

    await endSession({ sub: team.editor.id, sid: signedOut, sat: now() });
    expect(await getCurrentUser()).toBeNull();
    // The same person's session in another browser goes on.
    actAs({ ...team.editor, sessionId: other, signedInAt: now() });
    expect(await getCurrentUser()).toMatchObject({ id: team.editor.id });
  });

  it('keeps a signed-out session only while its cookie could still be accepted', async () => {
    const stale = unique('session');
    await testDb.endedSession.create({ data: { id: stale, userId: team.editor.id, expiresAt: new Date(Date.now() - 1000) } });
    const fresh = unique('session');
    await endSession({ sub: team.editor.id, sid: fresh, sat: now() });
    expect(await testDb.endedSession.findUnique({ where: { id: stale } })).toBeNull();
    const kept = await testDb.endedSession.findUniqueOrThrow({ where: { id: fresh } });
    expect(kept.expiresAt.getTime() / 1000).toBeGreaterThan(now() + SESSION_SECONDS - 60);
  });

  it('ignores a token that names no session, and signing out twice is harmless', async () => {
    const before = await testDb.endedSession.count();
    await endSession({ sub: team.editor.id });
    await endSession(null);
    expect(await testDb.endedSession.count()).toBe(before);
    const twice = unique('session');
    await endSession({ sub: team.editor.id, sid: twice, sat: now() });
    await endSession({ sub: team.editor.id, sid: twice, sat: now() });
    expect(await testDb.endedSession.count({ where: { id: twice } })).toBe(1);
  });
});

describe("a session's lifetime", () => {
  it('refuses a session signed in longer ago than its lifetime, and one from before session ids', async () => {
    actAs({ ...team.editor, sessionId: unique('session'), signedInAt: now() - SESSION_SECONDS - 1 });
    expect(await getCurrentUser()).toBeNull();
    actAs({ ...team.editor, sessionId: null });
    expect(await getCurrentUser()).toBeNull();
    actAs({ ...team.editor, sessionId: unique('session'), signedInAt: now() - SESSION_SECONDS + 60 });
    expect(await getCurrentUser()).toMatchObject({ id: team.editor.id });
  });
});
