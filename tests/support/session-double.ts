// The signed-in user as integration tests see it: set with actAs(user) or actAsNobody().
import type { Role } from '@/lib/generated/prisma/enums';

let sessionUser: { id: string; role: Role } | null = null;

export function actAs(user: { id: string; role: Role }) {
  sessionUser = user;
}

export function actAsNobody() {
  sessionUser = null;
}

export const authConfigDouble = {
  auth: () => Promise.resolve(sessionUser ? { user: { ...sessionUser }, expires: new Date(Date.now() + 3600_000).toISOString() } : null),
  signIn: () => Promise.reject(new Error('signIn is not available in integration tests')),
  signOut: () => Promise.resolve(),
  handlers: {},
};
