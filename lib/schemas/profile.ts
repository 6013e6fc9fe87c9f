// The profile page's two forms: what editors may change about themselves. Messages are catalogue
// keys, said in the editor's language by the action wrapper (lib/i18n/localise.ts).
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { LOCALES } from '@/lib/i18n/locales';
import { refuseNul } from './nul';

export const profileSchema = refuseNul(
  z.object({
    name: z.string().trim().min(1, 'Validation.nameRequired').max(120, 'Validation.tooLong'),
    locale: z.enum(LOCALES, { error: 'Validation.chooseLanguage' }),
  }),
);

export const changePasswordSchema = refuseNul(
  z
    .object({
      currentPassword: z.string().min(1, 'Validation.currentPasswordRequired').max(256, 'Validation.tooLong'),
      newPassword: z.string().min(MIN_PASSWORD_LENGTH, 'Validation.tooShort').max(256, 'Validation.tooLong'),
      confirmPassword: z.string(),
    })
    .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], message: 'Validation.passwordsDiffer' }),
);
