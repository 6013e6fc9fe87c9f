// The signed-in user as integration tests see it: set with actAs(user) or actAsNobody().
import type { Role } from '@/lib/generated/prisma/enums';

// The session version defaults to 0, a new user's: after a password reset or disabling, acting as
// the same user with the old version is refused, as a stale cookie is.
let sessionUser: { id: string; role: Role; sessionVersion?: number } | null = null;

export function actAs(user: { id: string; role: Role; sessionVersion?: number }) {
  sessionUser = user;
}

export function actAsNobody() {
  sessionUser = null;
}

export const authConfigDouble = {
  auth: () =>
    Promise.resolve(
      sessionUser ? { user: { sessionVersion: 0, ...sessionUser }, expires: new Date(Date.now() + 3600_000).toISOString() } : null,
    ),
  signIn: () => Promise.reject(new Error('signIn is not available in integration tests')),
  signOut: () => Promise.resolve(),
  handlers: {},
};
