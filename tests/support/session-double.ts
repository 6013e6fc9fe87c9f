// The signed-in user as integration tests see it: set with actAs(user) or actAsNobody().
import type { Role } from '@/lib/generated/prisma/enums';

// The session version defaults to 0, a new user's: after a password reset or disabling, acting as
// the same user with the old version is refused, as a stale cookie is.
// Each acting user has a session of its own, signed in now, unless a test says otherwise.
interface ActingUser {
  id: string;
  role: Role;
  sessionVersion?: number;
  sessionId?: string | null;
  signedInAt?: number | null;
}
let sessionUser: ActingUser | null = null;
const TEST_SESSION_ID = 'integration-test-session';

export function actAs(user: ActingUser) {
  sessionUser = user;
}

export function actAsNobody() {
  sessionUser = null;
}

export const authConfigDouble = {
  auth: () =>
    Promise.resolve(
      sessionUser
        ? {
            user: { sessionVersion: 0, sessionId: TEST_SESSION_ID, signedInAt: Math.floor(Date.now() / 1000), ...sessionUser },
            expires: new Date(Date.now() + 3600_000).toISOString(),
          }
        : null,
    ),
  signIn: () => Promise.reject(new Error('signIn is not available in integration tests')),
  signOut: () => Promise.resolve(),
  handlers: {},
};
