// Checks an email and password against the database, throttled per account and per client address
// (lib/auth/login-throttle.ts). Called only by the credentials provider, so the login route and
// Auth.js's own callback endpoint are checked, and throttled, by the same code, once per sign-in.
import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { loginSchema } from '@/lib/schemas/login';
import { releaseLoginAttempt, reserveLoginAttempt, waitMessage } from './login-throttle';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; status: 400 | 401 | 403; message: string }
  | { ok: false; status: 429; message: string; values: { minutes: number }; retryAfterSeconds: number };

export async function authenticate(input: unknown, clientAddress: string | null): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? 'LoginRefusal.invalid' };
  const { email, password } = parsed.data;
  const attempt = { email, address: clientAddress };
  const wait = await reserveLoginAttempt(attempt);
  if (wait > 0) return { ok: false, status: 429, ...waitMessage(wait), retryAfterSeconds: wait };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
  if (!user || !passwordOk) return { ok: false, status: 401, message: 'LoginRefusal.wrongCredentials' };
  await releaseLoginAttempt(attempt);
  if (user.disabled) return { ok: false, status: 403, message: 'LoginRefusal.disabled' };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
