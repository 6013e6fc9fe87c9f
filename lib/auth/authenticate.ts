// Checks an email and password against the database. Used by the login route (to answer with a
// precise status and message) and by the credentials provider (which only issues the session).
import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { loginSchema } from '@/lib/schemas/login';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; status: 400 | 401 | 403; message: string };

export async function authenticate(input: unknown): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? 'Invalid login.' };
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
  if (!user || !passwordOk) return { ok: false, status: 401, message: 'Wrong email or password.' };
  if (user.disabled) return { ok: false, status: 403, message: 'This account is disabled. Ask an administrator to enable it.' };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
