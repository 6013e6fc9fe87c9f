'use server';
// Signing in from the login page: a form action (useActionState), so the form also works without
// JavaScript. It starts through the action wrapper's public variant (same-site check, then input),
// signs in through the one shared path (lib/auth/sign-in-with-password.ts) and, on success,
// redirects to the checked callbackUrl, outside any try: Next's redirect is itself a thrown signal.
import { redirect } from 'next/navigation';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { localise } from '@/lib/i18n/localise';
import { loginRequestSchema } from '@/lib/schemas/login';
import { publicFormAction } from './define-action';

export const signInAction = publicFormAction(
  { schema: loginRequestSchema, omitValues: ['password'], nameSingleProblem: true },
  async ({ input, values, locale }) => {
    const outcome = await signInWithPassword(input);
    if (!outcome.ok) return { ok: false, message: localise(locale, outcome.refusal.message, outcome.refusal.values), values };
    redirect(input.callbackUrl);
  },
);
