// The signed-in user for this request, freshly read from the database (role, disabled, session
// version), and the permission check every server action, route handler and desk page starts with.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { can, type Permission } from '@/lib/permissions';
import { auth } from './config';
import { withinSessionLifetime } from './session-lifetime';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The interface language the user chose in the profile page; null until then (or unknown). */
  locale: Locale | null;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || typeof id !== 'string') return null;
  // Cookies from before session ids existed, and sessions past their lifetime, are signed out.
  const { sessionId, signedInAt } = session.user;
  if (!sessionId || !withinSessionLifetime(signedInAt, Date.now())) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      sessionVersion: true,
      locale: true,
      endedSessions: { where: { id: sessionId }, select: { id: true } },
    },
  });
  // A password reset or disabling raises the version: cookies issued before it stop working.
  if (!user || user.disabled || user.sessionVersion !== session.user.sessionVersion) return null;
  // Signed out: a copy of the cookie taken before is refused.
  if (user.endedSessions.length > 0) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: isLocale(user.locale) ? user.locale : null };
});

/** A refusal names its catalogue message; each caller says it in the language of whoever asked. */
export type AccessRefusalKey = 'Actions.signedOut' | 'Actions.forbidden';
export type Authorization = { ok: true; user: CurrentUser } | { ok: false; status: 401 | 403; message: AccessRefusalKey };

export async function authorize(permission: Permission): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, message: 'Actions.signedOut' };
  if (!can(user.role, permission)) return { ok: false, status: 403, message: 'Actions.forbidden' };
  return { ok: true, user };
}
