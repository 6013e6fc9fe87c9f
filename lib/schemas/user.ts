import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { refuseNul } from './nul';

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'Use at most 256 characters.');

export const createUserSchema = refuseNul(
  z.object({
    email: z
      .string()
      .trim()
      .max(320, 'The email address is too long.')
      .pipe(z.email('That is not a valid email address.'))
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.'),
    role: z.enum(Role, { error: 'Choose a role.' }),
    password,
  }),
);

export const updateUserSchema = z.object({
  role: z.enum(Role, { error: 'Choose a role.' }),
  disabled: z.enum(['true', 'false'], { error: 'Invalid state.' }).transform((v) => v === 'true'),
});

export const resetPasswordSchema = refuseNul(z.object({ password }));
