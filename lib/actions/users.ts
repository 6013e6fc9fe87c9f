'use server';
// User management: admins only. Each action checks the session and permission itself, because a
// server action is a public POST endpoint whatever page shows its button.
import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from '@/lib/schemas/user';
import { invalid, submittedValues, type ActionResult } from './result';

export async function createUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorize('user:manage');
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues, submittedValues(formData));
  const { password, ...fields } = parsed.data;
  try {
    await db.user.create({ data: { ...fields, passwordHash: await hashPassword(password) } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, message: 'A user with that email already exists.', errors: { email: ['A user with that email already exists.'] }, values: submittedValues(formData) };
    }
    throw error;
  }
  revalidatePath('/desk/users');
  return { ok: true, message: `Created ${fields.email}.` };
}

export async function updateUserAction(userId: string, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorize('user:manage');
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = updateUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  if (userId === access.user.id && (parsed.data.disabled || parsed.data.role !== 'ADMIN')) {
    return { ok: false, message: 'You cannot disable yourself or remove your own admin role.' };
  }
  // Disabling ends the user's sessions for good: enabling the account again must not revive them.
  const endSessions = parsed.data.disabled ? { sessionVersion: { increment: 1 } } : {};
  const updated = await db.user.updateMany({ where: { id: userId }, data: { ...parsed.data, ...endSessions } });
  if (updated.count === 0) return { ok: false, message: 'That user does not exist.' };
  revalidatePath('/desk/users');
  return { ok: true, message: 'Saved.' };
}

export async function resetPasswordAction(userId: string, _previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorize('user:manage');
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error.issues);
  // A reset ends every session of that user (on every device and instance): see getCurrentUser().
  const updated = await db.user.updateMany({
    where: { id: userId },
    data: { passwordHash: await hashPassword(parsed.data.password), sessionVersion: { increment: 1 } },
  });
  if (updated.count === 0) return { ok: false, message: 'That user does not exist.' };
  return { ok: true, message: 'Password changed.' };
}
