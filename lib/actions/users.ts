'use server';
// User management: admins only. Each action starts through the action wrapper (session, permission,
// input, the user row), and writes its change and its user-administration audit event in one
// transaction: who changed whose role, disabled or enabled whom, reset whose password, created whom.
import { revalidatePath } from 'next/cache';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from '@/lib/schemas/user';
import { formAction, recordFormAction } from './define-action';
import { userAdminEvents } from '@/lib/users/admin-events';

const NO_SUCH_USER = 'Users.noSuchUser';
const loadUser = (id: string) => db.user.findUnique({ where: { id }, select: { id: true, role: true, disabled: true } });

export const createUserAction = formAction(
  { permission: 'user:manage', schema: createUserSchema },
  async ({ user: admin, input, values, t }) => {
    const { password, ...fields } = input;
    const passwordHash = await hashPassword(password);
    try {
      await db.$transaction(async (tx) => {
        const created = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
        await tx.userAdminEvent.create({
          data: { actorId: admin.id, targetId: created.id, kind: 'CREATED', after: { role: fields.role } },
        });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const taken = t('Users.emailTaken');
        return { ok: false, message: taken, errors: { email: [taken] }, values };
      }
      throw error;
    }
    revalidatePath('/desk/users');
    return { ok: true, message: t('Users.created', { email: fields.email }) };
  },
);

export const updateUserAction = recordFormAction(
  { permission: 'user:manage', schema: updateUserSchema, missing: NO_SUCH_USER, load: loadUser },
  async ({ user: admin, input, row: target, t }) => {
    if (target.id === admin.id && (input.disabled || input.role !== 'ADMIN')) {
      return { ok: false, message: t('Users.cannotLockOut') };
    }
    const events = userAdminEvents(target, input);
    if (events.length === 0) return { ok: true, message: t('Actions.nothingChanged') };
    // Disabling ends the user's sessions for good: enabling the account again must not revive them.
    const endSessions = input.disabled && !target.disabled ? { sessionVersion: { increment: 1 } } : {};
    await db.$transaction([
      db.user.update({ where: { id: target.id }, data: { ...input, ...endSessions } }),
      db.userAdminEvent.createMany({ data: events.map((event) => ({ ...event, actorId: admin.id, targetId: target.id })) }),
    ]);
    revalidatePath('/desk/users');
    return { ok: true, message: t('Actions.saved') };
  },
);

export const resetPasswordAction = recordFormAction(
  { permission: 'user:manage', schema: resetPasswordSchema, missing: NO_SUCH_USER, load: loadUser },
  async ({ user: admin, input, row: target, t }) => {
    const passwordHash = await hashPassword(input.password);
    // A reset ends every session of that user (on every device and instance): see getCurrentUser().
    await db.$transaction([
      db.user.update({ where: { id: target.id }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
      db.userAdminEvent.create({ data: { actorId: admin.id, targetId: target.id, kind: 'PASSWORD_RESET' } }),
    ]);
    revalidatePath('/desk/users');
    return { ok: true, message: t('Users.passwordChanged') };
  },
);
