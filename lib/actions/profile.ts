'use server';
// What signed-in users change about themselves on /desk/profile: display name, interface language
// and password. Every role may (the permission is the desk's own, 'desk:read'); the row touched is
// always the caller's, taken from the session, never from the form.
//
// Changing the password needs the current one and ends every other session, like an admin's reset
// (the session version is raised). This browser is then signed in again with the new password, so
// the editor who just proved who they are is not thrown out of the page they are on; if that fails
// (the throttle, an outage), the editor is told to sign in again. Guesses of the current password
// count against the account's sign-in limit (lib/auth/login-throttle.ts), so a stolen session cannot
// be used to find the password by trying.
import { revalidatePath } from 'next/cache';
import { releaseLoginAttempt, reserveLoginAttempt, waitMessage } from '@/lib/auth/login-throttle';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { db } from '@/lib/db';
import { localise } from '@/lib/i18n/localise';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';
import { formAction } from './define-action';

export const updateProfileAction = formAction({ permission: 'desk:read', schema: profileSchema }, async ({ user, input }) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name, locale: input.locale } });
  // The header (name) and every desk page (language) change.
  revalidatePath('/desk', 'layout');
  // Said in the language just chosen: the page around it is about to speak it too.
  return { ok: true, message: localise(input.locale, 'Profile.saved') };
});

export const changePasswordAction = formAction(
  { permission: 'desk:read', schema: changePasswordSchema, omitValues: ['currentPassword', 'newPassword', 'confirmPassword'] },
  async ({ user, input, t }) => {
    const attempt = { email: user.email, address: null };
    const wait = await reserveLoginAttempt(attempt);
    if (wait > 0) {
      const message = t('LoginRefusal.wait', waitMessage(wait).values);
      return { ok: false, message, errors: { currentPassword: [message] } };
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
      return { ok: false, message: t('Profile.wrongCurrentPassword'), errors: { currentPassword: [t('Profile.wrongCurrentPassword')] } };
    }
    await releaseLoginAttempt(attempt);
    const passwordHash = await hashPassword(input.newPassword);
    // Recorded like an admin's reset, with the user as their own actor.
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
      db.userAdminEvent.create({ data: { actorId: user.id, targetId: user.id, kind: 'PASSWORD_RESET' } }),
    ]);
    const again = await signInWithPassword({ email: user.email, password: input.newPassword });
    return { ok: true, message: again.ok ? t('Profile.passwordChanged') : t('Profile.passwordChangedSignInAgain') };
  },
);
