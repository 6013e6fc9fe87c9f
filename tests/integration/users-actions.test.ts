import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createUserAction, resetPasswordAction, updateUserAction } from '@/lib/actions/users';
import { createTeam, createUser, formData, testDb, unique } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';
import { withRecordId } from '@/lib/actions/record-field';

let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  team = await createTeam();
});

const newUserForm = (email: string) => formData({ email, name: 'Someone', role: 'EDITOR', password: 'a-long-password' });

describe('user management actions', () => {
  it('refuses nobody, viewers and editors, and changes nothing', async () => {
    for (const caller of [null, team.viewer, team.editor]) {
      if (caller) actAs(caller);
      else actAsNobody();
      const email = `${unique('refused')}@example.test`;
      const result = await createUserAction(null, newUserForm(email));
      expect(result.ok).toBe(false);
      expect(await testDb.user.count({ where: { email } })).toBe(0);
      const update = await updateUserAction(null, withRecordId(team.viewer.id, formData({ role: 'ADMIN', disabled: 'false' })));
      expect(update.ok).toBe(false);
      const reset = await resetPasswordAction(null, withRecordId(team.viewer.id, formData({ password: 'another-long-one' })));
      expect(reset.ok).toBe(false);
    }
    expect((await testDb.user.findUniqueOrThrow({ where: { id: team.viewer.id } })).role).toBe('VIEWER');
  });

  it('lets an admin create a user with a lower-cased email and an argon2id hash', async () => {
    actAs(team.admin);
    const email = `${unique('Created')}@Example.TEST`;
    const result = await createUserAction(null, newUserForm(email));
    expect(result).toMatchObject({ ok: true });
    const created = await testDb.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: { passwordHash: true, role: true },
    });
    expect(created.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(created.role).toBe('EDITOR');
    const duplicate = await createUserAction(null, newUserForm(email.toUpperCase()));
    expect(duplicate).toMatchObject({ ok: false, message: 'A user with that email already exists.' });
  });

  it('keeps what was typed when the form is refused', async () => {
    actAs(team.admin);
    const result = await createUserAction(
      null,
      formData({ email: 'typed@example.test', name: 'Typed Name', role: 'NOT_A_ROLE', password: 'short' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.values).toEqual({ email: 'typed@example.test', name: 'Typed Name', role: 'NOT_A_ROLE' });
    expect(result.errors?.role?.[0]).toBe('Choose a role.');
    expect(result.errors?.password?.[0]).toBe('Use at least 10 characters.');
  });

  it('does not let an admin lock themselves out', async () => {
    actAs(team.admin);
    const result = await updateUserAction(null, withRecordId(team.admin.id, formData({ role: 'VIEWER', disabled: 'false' })));
    expect(result).toMatchObject({ ok: false });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: team.admin.id } })).role).toBe('ADMIN');
  });

  it('lets an admin disable a user, who then no longer counts as signed in', async () => {
    actAs(team.admin);
    expect(await updateUserAction(null, withRecordId(team.editor2.id, formData({ role: 'EDITOR', disabled: 'true' })))).toMatchObject({
      ok: true,
    });
    actAs(team.editor2);
    const { getCurrentUser } = await import('@/lib/auth/current-user');
    expect(await getCurrentUser()).toBeNull();
  });

  it('ends every session of a user whose password is reset, and only theirs', async () => {
    const { getCurrentUser } = await import('@/lib/auth/current-user');
    const target = await createUser('EDITOR');
    actAs(target);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
    actAs(team.admin);
    expect(await resetPasswordAction(null, withRecordId(target.id, formData({ password: 'a-brand-new-password' })))).toMatchObject({
      ok: true,
    });
    actAs(target); // the cookie from before the reset
    expect(await getCurrentUser()).toBeNull();
    actAs({ ...target, sessionVersion: 1 }); // a cookie issued after it
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
    actAs(team.admin);
    expect(await getCurrentUser()).toMatchObject({ id: team.admin.id });
  });

  it('does not bring back old sessions when a disabled account is enabled again', async () => {
    const { getCurrentUser } = await import('@/lib/auth/current-user');
    const target = await createUser('EDITOR');
    actAs(team.admin);
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'EDITOR', disabled: 'true' })))).toMatchObject({
      ok: true,
    });
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'EDITOR', disabled: 'false' })))).toMatchObject({
      ok: true,
    });
    actAs(target);
    expect(await getCurrentUser()).toBeNull();
  });

  it('refuses a user id that is not a record id, before asking the database, and changes nothing', async () => {
    actAs(team.admin);
    const { db } = await import('@/lib/db');
    const reads = [vi.spyOn(db.user, 'findUnique'), vi.spyOn(db.user, 'updateMany'), vi.spyOn(db.user, 'update')];
    for (const badId of ["x' OR 1=1 --", '', 'a'.repeat(500)]) {
      expect(await updateUserAction(null, withRecordId(badId, formData({ role: 'ADMIN', disabled: 'false' })))).toMatchObject({
        ok: false,
        message: 'That user does not exist.',
      });
      expect(await resetPasswordAction(null, withRecordId(badId, formData({ password: 'another-long-one' })))).toMatchObject({
        ok: false,
        message: 'That user does not exist.',
      });
    }
    // The signed-in admin is read by id (getCurrentUser); the malformed target never is.
    for (const spy of reads) {
      expect(spy.mock.calls.filter(([args]) => JSON.stringify(args).includes('OR 1=1') || JSON.stringify(args).includes('aaaa'))).toEqual(
        [],
      );
      spy.mockRestore();
    }
    expect(
      await updateUserAction(null, withRecordId('cl0000000000000000unknown', formData({ role: 'ADMIN', disabled: 'false' }))),
    ).toMatchObject({
      ok: false,
      message: 'That user does not exist.',
    });
  });

  it('records who created, re-roled, disabled, enabled and reset whom, in the audit log', async () => {
    actAs(team.admin);
    const email = `${unique('audited')}@example.test`;
    expect(await createUserAction(null, newUserForm(email))).toMatchObject({ ok: true });
    const target = await testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'VIEWER', disabled: 'false' })))).toMatchObject({
      ok: true,
    });
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'VIEWER', disabled: 'true' })))).toMatchObject({
      ok: true,
    });
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'VIEWER', disabled: 'true' })))).toMatchObject({
      ok: true,
      message: 'Nothing to save: no changes.',
    });
    expect(await updateUserAction(null, withRecordId(target.id, formData({ role: 'EDITOR', disabled: 'false' })))).toMatchObject({
      ok: true,
    });
    expect(await resetPasswordAction(null, withRecordId(target.id, formData({ password: 'a-brand-new-password' })))).toMatchObject({
      ok: true,
    });
    const events = await testDb.userAdminEvent.findMany({
      where: { targetId: target.id },
      orderBy: [{ at: 'asc' }, { kind: 'asc' }],
      select: { kind: true, actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      { kind: 'CREATED', actorId: team.admin.id, before: null, after: { role: 'EDITOR' } },
      { kind: 'ROLE_CHANGED', actorId: team.admin.id, before: { role: 'EDITOR' }, after: { role: 'VIEWER' } },
      { kind: 'DISABLED', actorId: team.admin.id, before: null, after: null },
      { kind: 'ROLE_CHANGED', actorId: team.admin.id, before: { role: 'VIEWER' }, after: { role: 'EDITOR' } },
      { kind: 'ENABLED', actorId: team.admin.id, before: null, after: null },
      { kind: 'PASSWORD_RESET', actorId: team.admin.id, before: null, after: null },
    ]);
    // Disabling and the reset each ended the sessions; enabling did not revive them.
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { sessionVersion: true } })).sessionVersion).toBe(2);
  });

  it('writes no audit event for a refused change', async () => {
    const target = await createUser('VIEWER');
    for (const caller of [null, team.editor]) {
      if (caller) actAs(caller);
      else actAsNobody();
      await updateUserAction(null, withRecordId(target.id, formData({ role: 'ADMIN', disabled: 'false' })));
      await resetPasswordAction(null, withRecordId(target.id, formData({ password: 'another-long-one' })));
    }
    expect(await testDb.userAdminEvent.count({ where: { targetId: target.id } })).toBe(0);
  });
});
