// The login form's input rules, shared by the login action, /api/login and the credentials provider.
import { z } from 'zod';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

/** Anything longer than this is not a login attempt: refuse before hashing. */
export const MAX_LOGIN_FIELD_BYTES = 1024;

const withinLimit = (value: string) => Buffer.byteLength(value, 'utf8') <= MAX_LOGIN_FIELD_BYTES;

export const loginSchema = z.object({
  email: z
    .string({ error: 'Validation.emailRequired' })
    .trim()
    .min(1, 'Validation.emailRequired')
    .refine(withinLimit, 'Validation.emailTooLong')
    .pipe(z.email('Validation.emailInvalid'))
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: 'Validation.passwordRequired' })
    .min(1, 'Validation.passwordRequired')
    .refine(withinLimit, 'Validation.passwordTooLong'),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** Where a visitor goes after signing in when no (safe) target was asked for. */
export const AFTER_SIGN_IN = '/desk';

/** The login form and /api/login: the credentials and where to go next (an unsafe target becomes the desk). */
export const loginRequestSchema = loginSchema.extend({
  callbackUrl: z
    .unknown()
    .optional()
    .transform((target) => safeRedirectPath(target, AFTER_SIGN_IN)),
});
