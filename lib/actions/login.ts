'use server';
// Signing in from the login page: a form action (useActionState), so the form also works without
// JavaScript. It starts through the action wrapper's public variant (same-site check, then input),
// signs in through the one shared path (lib/auth/sign-in-with-password.ts) and, on success,
// redirects to the checked callbackUrl, outside any try: Next's redirect is itself a thrown signal.
import { redirect } from 'next/navigation';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { loginRequestSchema } from '@/lib/schemas/login';
import { publicFormAction } from './define-action';

export const signInAction = publicFormAction(
  { schema: loginRequestSchema, omitValues: ['password'], nameSingleProblem: true },
  async ({ input, values }) => {
    const outcome = await signInWithPassword(input);
    if (!outcome.ok) return { ok: false, message: outcome.refusal.message, values };
    redirect(input.callbackUrl);
  },
);
