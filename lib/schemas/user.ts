// Messages are catalogue keys, said in the editor's language by the action wrapper.
import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { refuseNul } from './nul';

const password = z.string().min(MIN_PASSWORD_LENGTH, 'Validation.tooShort').max(256, 'Validation.tooLong');

export const createUserSchema = refuseNul(
  z.object({
    email: z
      .string()
      .trim()
      .max(320, 'Validation.emailTooLong')
      .pipe(z.email('Validation.emailInvalid'))
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, 'Validation.nameRequired').max(120, 'Validation.tooLong'),
    role: z.enum(Role, { error: 'Validation.chooseRole' }),
    password,
  }),
);

export const updateUserSchema = z.object({
  role: z.enum(Role, { error: 'Validation.chooseRole' }),
  disabled: z.enum(['true', 'false'], { error: 'Validation.invalidState' }).transform((v) => v === 'true'),
});

export const resetPasswordSchema = refuseNul(z.object({ password }));
