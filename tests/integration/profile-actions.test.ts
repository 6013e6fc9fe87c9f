// The profile page's actions: each acts on the caller only, refuses bad input and a wrong current
// password without changing anything, and answers in the caller's language.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changePasswordAction, updateProfileAction } from '@/lib/actions/profile';
import { ACCOUNT_FAILURES } from '@/lib/auth/login-throttle';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createUser, formData, testDb } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

// Signing this browser in again is Auth.js's job (not available here); its outcome is what matters.
const signInWithPassword = vi.hoisted(() => vi.fn(() => Promise.resolve({ ok: true })));
vi.mock('@/lib/auth/sign-in-with-password', () => ({ signInWithPassword }));

const OLD = 'the-old-password';
let editor: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  editor = await createUser('EDITOR');
  await testDb.user.update({ where: { id: editor.id }, data: { passwordHash: await hashPassword(OLD) } });
});

const stored = () =>
  testDb.user.findUniqueOrThrow({
    where: { id: editor.id },
    select: { name: true, locale: true, passwordHash: true, sessionVersion: true },
  });
const passwordForm = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
  formData({ currentPassword, newPassword, confirmPassword });

describe('profile actions', () => {
  it('refuse a visitor without a session and change nothing', async () => {
    actAsNobody();
    const before = await stored();
    expect(await updateProfileAction(null, formData({ name: 'Intruder', locale: 'id' }))).toMatchObject({ ok: false });
    expect(await changePasswordAction(null, passwordForm(OLD, 'a-brand-new-password'))).toMatchObject({ ok: false });
    expect(await stored()).toEqual(before);
  });

  it('save the name and language of the caller, and say so in the language chosen', async () => {
    actAs(editor);
    const result = await updateProfileAction(null, formData({ name: '  Eko Baru ', locale: 'id', role: 'ADMIN' }));
    expect(result).toEqual({ ok: true, message: 'Profil tersimpan.' });
    const after = await stored();
    expect(after).toMatchObject({ name: 'Eko Baru', locale: 'id' });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('EDITOR');
  });

  it('refuse an unknown language or an empty name, in the editor language, changing nothing', async () => {
    actAs(editor);
    const before = await stored();
    const result = await updateProfileAction(null, formData({ name: '', locale: 'fr' }));
    expect(result).toMatchObject({ ok: false, message: 'Perbaiki kolom yang ditandai.' });
    if (result.ok) return;
    expect(result.errors?.name).toEqual(['Masukkan nama.']);
    expect(result.errors?.locale).toEqual(['Pilih bahasa.']);
    expect(await stored()).toEqual(before);
  });

  it('refuse a wrong current password, a short or mistyped new one, and change nothing', async () => {
    actAs(editor);
    await testDb.user.update({ where: { id: editor.id }, data: { locale: 'en' } });
    const before = await stored();
    const wrong = await changePasswordAction(null, passwordForm('not-the-password', 'a-brand-new-password'));
    expect(wrong).toMatchObject({ ok: false, message: 'Your current password is not right. Nothing was changed.' });
    const short = await changePasswordAction(null, passwordForm(OLD, 'short'));
    expect(short.ok || short.errors?.newPassword).toEqual(['Use at least 10 characters.']);
    const differ = await changePasswordAction(null, passwordForm(OLD, 'a-brand-new-password', 'a-brand-new-passw0rd'));
    expect(differ.ok || differ.errors?.confirmPassword).toEqual(['The two new passwords differ.']);
    expect(JSON.stringify([wrong, short, differ])).not.toContain(OLD);
    expect(await stored()).toEqual(before);
    expect(signInWithPassword).not.toHaveBeenCalled();
  });

  it('count wrong current passwords against the account, so a stolen session cannot guess it', async () => {
    const target = await createUser('EDITOR');
    await testDb.user.update({ where: { id: target.id }, data: { passwordHash: await hashPassword(OLD), locale: 'en' } });
    actAs(target);
    const before = await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { passwordHash: true } });
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(await changePasswordAction(null, passwordForm(`guess-number-${i}`, 'a-brand-new-password'))).toMatchObject({ ok: false });
    }
    // Even the right password is refused until the wait is over.
    const blocked = await changePasswordAction(null, passwordForm(OLD, 'a-brand-new-password'));
    expect(blocked).toMatchObject({ ok: false, message: expect.stringMatching(/Too many failed sign-ins. Wait 15 minutes/) as unknown });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: target.id }, select: { passwordHash: true } })).toEqual(before);
  });

  it('change the password, end the other sessions and sign this browser in again', async () => {
    actAs(editor);
    const before = await stored();
    const result = await changePasswordAction(null, passwordForm(OLD, 'a-brand-new-password'));
    expect(result).toEqual({ ok: true, message: 'Password changed. Your other sessions have ended.' });
    const after = await stored();
    expect(await verifyPassword(after.passwordHash, 'a-brand-new-password')).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(signInWithPassword).toHaveBeenCalledWith({ email: editor.email, password: 'a-brand-new-password' });
    // The cookie of before the change no longer works.
    expect(await updateProfileAction(null, formData({ name: 'Stale', locale: 'en' }))).toMatchObject({ ok: false });
    expect((await stored()).name).toBe(before.name);
  });
});
